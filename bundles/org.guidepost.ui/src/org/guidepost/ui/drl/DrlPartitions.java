package org.guidepost.ui.drl;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * Splits a rule file into comments, strings and code, so that colouring survives edits inside a block comment and
 * content assist knows it is inside a string ({@code @clause("}, {@code lexicon == "}).
 */
final class DrlPartitions implements IDocumentSetupParticipant {
    /** The partitioning of DRL documents. */
    static final String PARTITIONING = "org.guidepost.ui.drl.partitioning";
    /** {@code // ...} and {@code /* ... *}{@code /} comments. */
    static final String COMMENT = "__drl_comment";
    /** Double-quoted strings. */
    static final String STRING = "__drl_string";
    /** Every content type, code ({@link IDocument#DEFAULT_CONTENT_TYPE}) first. */
    static final String[] CONTENT_TYPES = {IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING};

    @Override
    public void setup(IDocument document) {
        RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
        Token comment = new Token(COMMENT);
        scanner.setPredicateRules(new IPredicateRule[] {
            new EndOfLineRule("//", comment),
            new MultiLineRule("/*", "*/", comment, (char) 0, true),
            new SingleLineRule("\"", "\"", new Token(STRING), '\\', true),
        });
        FastPartitioner partitioner = new FastPartitioner(scanner, new String[] {COMMENT, STRING});
        ((IDocumentExtension3) document).setDocumentPartitioner(PARTITIONING, partitioner);
        partitioner.connect(document);
    }
}
