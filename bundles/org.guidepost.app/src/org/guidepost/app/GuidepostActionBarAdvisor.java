package org.guidepost.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** File, Edit, Window and Help menus with the platform's standard actions and key bindings. */
final class GuidepostActionBarAdvisor extends ActionBarAdvisor {
    private IWorkbenchAction save;
    private IWorkbenchAction saveAll;
    private IWorkbenchAction close;
    private IWorkbenchAction quit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction cut;
    private IWorkbenchAction copy;
    private IWorkbenchAction paste;
    private IWorkbenchAction selectAll;
    private IWorkbenchAction find;
    private IWorkbenchAction resetPerspective;
    private IWorkbenchAction preferences;
    private IWorkbenchAction about;

    GuidepostActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        save = register(ActionFactory.SAVE.create(window));
        saveAll = register(ActionFactory.SAVE_ALL.create(window));
        close = register(ActionFactory.CLOSE.create(window));
        quit = register(ActionFactory.QUIT.create(window));
        undo = register(ActionFactory.UNDO.create(window));
        redo = register(ActionFactory.REDO.create(window));
        cut = register(ActionFactory.CUT.create(window));
        copy = register(ActionFactory.COPY.create(window));
        paste = register(ActionFactory.PASTE.create(window));
        selectAll = register(ActionFactory.SELECT_ALL.create(window));
        find = register(ActionFactory.FIND.create(window));
        resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
        preferences = register(ActionFactory.PREFERENCES.create(window));
        about = register(ActionFactory.ABOUT.create(window));
    }

    private IWorkbenchAction register(IWorkbenchAction action) {
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(save);
        file.add(saveAll);
        file.add(close);
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);

        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator());
        edit.add(cut);
        edit.add(copy);
        edit.add(paste);
        edit.add(selectAll);
        edit.add(new Separator());
        edit.add(find);
        // groups the text editors contribute to (find next/previous, content assist, quick fix)
        edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
        edit.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager navigate = new MenuManager("&Navigate", IWorkbenchActionConstants.M_NAVIGATE);
        navigate.add(new GroupMarker(IWorkbenchActionConstants.NAV_START));
        navigate.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        navigate.add(new GroupMarker(IWorkbenchActionConstants.NAV_END));

        MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
        window.add(showView);
        window.add(resetPerspective);
        window.add(new Separator());
        window.add(preferences);

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(about);

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(navigate);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(window);
        menuBar.add(help);
    }
}
