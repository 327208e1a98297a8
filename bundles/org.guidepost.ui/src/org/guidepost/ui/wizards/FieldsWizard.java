package org.guidepost.ui.wizards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A one-page wizard of labelled fields (text or choice), checked as the user types, that runs an action on Finish.
 * The New Guideline Project, New Rule File and New Lexicon wizards are made of it.
 */
public final class FieldsWizard extends Wizard {
    /** A field: its label, its initial value, the choices (null for free text), and a hint shown when empty. */
    public record Field(String key, String label, String initial, List<String> choices, String hint) {
    }

    /** What Finish does with the values; returns null when done, or why it could not be done. */
    public interface Finish {
        String apply(Map<String, String> values) throws Exception;
    }

    private final String title;
    private final String description;
    private final List<Field> fields;
    private final Function<Map<String, String>, String> validator;
    private final Finish finish;
    private final Map<String, Object> controls = new LinkedHashMap<>();
    private FieldsPage page;

    public FieldsWizard(String title, String description, List<Field> fields, Function<Map<String, String>, String> validator,
            Finish finish) {
        this.title = title;
        this.description = description;
        this.fields = List.copyOf(fields);
        this.validator = validator;
        this.finish = finish;
        setWindowTitle(title);
    }

    @Override
    public void addPages() {
        page = new FieldsPage();
        addPage(page);
    }

    /** The values as typed. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        controls.forEach((key, control) -> values.put(key, control instanceof Text text ? text.getText().strip()
                : ((Combo) control).getText().strip()));
        return values;
    }

    /** Sets a field as a user would (for tests). */
    public void set(String key, String value) {
        Object control = controls.get(key);
        if (control instanceof Text text) {
            text.setText(value);
        } else if (control instanceof Combo combo) {
            combo.setText(value);
        }
        page.validate();
    }

    /** Whether Finish is enabled, and the message shown (for tests). */
    public String problem() {
        return page.getErrorMessage();
    }

    @Override
    public boolean performFinish() {
        try {
            String problem = finish.apply(values());
            page.setErrorMessage(problem);
            return problem == null;
        } catch (Exception e) {
            page.setErrorMessage(e.getMessage() == null ? e.toString() : e.getMessage());
            return false;
        }
    }

    private final class FieldsPage extends WizardPage {
        FieldsPage() {
            super("fields");
            setTitle(title);
            setDescription(description);
        }

        @Override
        public void createControl(Composite parent) {
            Composite form = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
            for (Field field : fields) {
                new Label(form, SWT.NONE).setText(field.label());
                if (field.choices() == null) {
                    Text text = new Text(form, SWT.BORDER);
                    text.setText(field.initial() == null ? "" : field.initial());
                    if (field.hint() != null) {
                        text.setMessage(field.hint());
                    }
                    text.addModifyListener(e -> validate());
                    GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
                    controls.put(field.key(), text);
                } else {
                    Combo combo = new Combo(form, SWT.DROP_DOWN);
                    combo.setItems(field.choices().toArray(String[]::new));
                    combo.setText(field.initial() == null ? "" : field.initial());
                    combo.addModifyListener(e -> validate());
                    GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
                    controls.put(field.key(), combo);
                }
            }
            setControl(form);
            validate();
        }

        void validate() {
            String problem = validator.apply(values());
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }
    }
}
