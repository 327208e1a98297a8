package org.guidepost.ui.drl;

import java.util.Arrays;
import java.util.stream.Stream;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** What the DRL editor adds to a text editor: colours, completion, clause hover and links, the rule structure. */
final class DrlSourceViewerConfiguration extends TextSourceViewerConfiguration {
    private final DrlEditor editor;

    DrlSourceViewerConfiguration(DrlEditor editor, IPreferenceStore preferences) {
        super(preferences);
        this.editor = editor;
    }

    @Override
    public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
        return DrlPartitions.PARTITIONING;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
        return DrlPartitions.CONTENT_TYPES.clone();
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        reconciler.setDocumentPartitioning(DrlPartitions.PARTITIONING);
        DefaultDamagerRepairer code = new DefaultDamagerRepairer(new DrlCodeScanner());
        reconciler.setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
        reconciler.setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);
        DefaultDamagerRepairer comment = new DefaultDamagerRepairer(singleColour(new TextAttribute(DrlCodeScanner.COMMENT)));
        reconciler.setDamager(comment, DrlPartitions.COMMENT);
        reconciler.setRepairer(comment, DrlPartitions.COMMENT);
        DefaultDamagerRepairer string = new DefaultDamagerRepairer(singleColour(new TextAttribute(DrlCodeScanner.STRING)));
        reconciler.setDamager(string, DrlPartitions.STRING);
        reconciler.setRepairer(string, DrlPartitions.STRING);
        return reconciler;
    }

    private static RuleBasedScanner singleColour(TextAttribute attribute) {
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setDefaultReturnToken(new Token(attribute));
        return scanner;
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = new ContentAssistant();
        assistant.setDocumentPartitioning(DrlPartitions.PARTITIONING);
        DrlCompletionProcessor processor = new DrlCompletionProcessor(editor::vocabulary);
        assistant.setContentAssistProcessor(processor, IDocument.DEFAULT_CONTENT_TYPE);
        assistant.setContentAssistProcessor(processor, DrlPartitions.STRING);
        assistant.enableAutoActivation(true); // after the opening quote of @clause(" and lexicon == "
        assistant.setAutoActivationDelay(300);
        assistant.setProposalPopupOrientation(IContentAssistant.PROPOSAL_OVERLAY);
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        assistant.enableColoredLabels(true);
        return assistant;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return new ClauseHover(editor, super.getTextHover(sourceViewer, contentType));
    }

    @Override
    public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
        IHyperlinkDetector[] platform = super.getHyperlinkDetectors(sourceViewer);
        return Stream.concat(Stream.of(new ClauseHyperlinkDetector(editor)),
                platform == null ? Stream.empty() : Arrays.stream(platform)).toArray(IHyperlinkDetector[]::new);
    }

    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        MonoReconciler reconciler = new MonoReconciler(new DrlReconcilingStrategy(editor), false);
        reconciler.setDelay(300);
        return reconciler;
    }
}
