package org.guidepost.ui.drl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.TextUtilities;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.guidepost.model.Clause;
import org.guidepost.model.ProjectVocabulary;

/**
 * Completion (Ctrl+Space) in rule files, by where the cursor is: clause ids inside {@code @clause("}, lexicon names
 * inside {@code lexicon == "}, the fields of a fact type inside its pattern {@code Type( ... )}, and otherwise DRL
 * keywords and the fact types.
 */
final class DrlCompletionProcessor implements IContentAssistProcessor {
    private static final Pattern CLAUSE_STRING = Pattern.compile("@clause\\s*\\(\\s*\"$");
    private static final Pattern LEXICON_STRING = Pattern.compile("\\blexicon\\s*(?:==|!=)\\s*\"$");
    /** How far back a pattern's opening parenthesis is looked for; patterns span a few lines at most. */
    private static final int PATTERN_LOOKBACK = 2_000;

    private final Supplier<ProjectVocabulary> vocabulary;

    /** {@code vocabulary} gives the clause ids and lexicon names of the edited file's project (may give null). */
    DrlCompletionProcessor(Supplier<ProjectVocabulary> vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        IDocument document = viewer.getDocument();
        try {
            boolean inString = DrlPartitions.STRING.equals(
                    TextUtilities.getContentType(document, DrlPartitions.PARTITIONING, offset, false));
            return proposals(document.get(0, offset), offset, inString).toArray(ICompletionProposal[]::new);
        } catch (BadLocationException e) {
            return new ICompletionProposal[0];
        }
    }

    /**
     * The proposals at the end of {@code before} (the text before the cursor, which is at {@code offset});
     * {@code inString}: the cursor is inside a string, where only clause ids and lexicon names are offered.
     */
    List<ICompletionProposal> proposals(String before, int offset, boolean inString) {
        int prefixStart = before.length();
        while (prefixStart > 0 && isNamePart(before.charAt(prefixStart - 1))) {
            prefixStart--;
        }
        String prefix = before.substring(prefixStart);
        String context = before.substring(0, prefixStart);
        List<ICompletionProposal> proposals = new ArrayList<>();
        ProjectVocabulary names = vocabulary.get();
        if (CLAUSE_STRING.matcher(context).find()) {
            if (names != null) {
                names.clauses().values().forEach(defined -> {
                    Clause clause = defined.clause();
                    add(proposals, prefix, offset, clause.id(), clause.id() + "  " + clause.title(), image(ISharedImages.IMG_OBJ_ELEMENT),
                            clause.title() + (clause.text() == null ? "" : "\n\n" + clause.text()));
                });
            }
            return proposals;
        }
        if (LEXICON_STRING.matcher(context).find()) {
            if (names != null) {
                names.lexicons().forEach((name, file) -> add(proposals, prefix, offset, name,
                        name + "  lexicon", image(ISharedImages.IMG_OBJ_FILE), "Defined in " + file));
            }
            return proposals;
        }
        if (inString) {
            return proposals;
        }
        String pattern = enclosingPattern(context);
        if (pattern != null) {
            for (FactTypes.Field field : FactTypes.fields(pattern)) {
                add(proposals, prefix, offset, field.name(), field.name() + " : " + field.type() + " - " + pattern,
                        image(ISharedImages.IMG_OBJ_ELEMENT), null);
            }
            return proposals;
        }
        for (String type : FactTypes.TYPES.keySet()) {
            add(proposals, prefix, offset, type, type + " - " + FactTypes.TYPES.get(type).getPackageName(),
                    image(ISharedImages.IMG_OBJ_FILE), null);
        }
        for (String keyword : DrlCodeScanner.KEYWORDS) {
            add(proposals, prefix, offset, keyword, keyword, null, null);
        }
        return proposals;
    }

    /**
     * The fact type whose pattern's parentheses are still open at the end of {@code text}, e.g. {@code Communication}
     * for {@code $c : Communication( channel == "x", }; null when the cursor is not inside a pattern.
     */
    static String enclosingPattern(String text) {
        int depth = 0;
        int stop = Math.max(0, text.length() - PATTERN_LOOKBACK);
        boolean inString = false;
        for (int i = text.length() - 1; i >= stop; i--) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (inString) {
                continue;
            } else if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth > 0) {
                    depth--;
                    continue;
                }
                int end = i;
                while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                int start = end;
                while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
                    start--;
                }
                String word = text.substring(start, end);
                if (FactTypes.TYPES.containsKey(word)) {
                    return word;
                }
                // an unknown word (eval, not, a method call) or none: an enclosing pattern may still be open
            } else if (c == ';' || (c == '\n' && isRuleBoundary(text, i))) {
                return null;
            }
        }
        return null;
    }

    /** A line starting with when, then or end closes any pattern before it. */
    private static boolean isRuleBoundary(String text, int newline) {
        String next = text.substring(newline + 1, Math.min(text.length(), newline + 40)).stripLeading();
        return next.startsWith("when") || next.startsWith("then") || next.startsWith("end");
    }

    private static void add(List<ICompletionProposal> proposals, String prefix, int offset, String replacement,
            String display, Image image, String info) {
        if (!replacement.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
            return;
        }
        int start = offset - prefix.length();
        proposals.add(new CompletionProposal(replacement, start, prefix.length(), replacement.length(), image,
                display, null, info));
    }

    private static boolean isNamePart(char c) {
        return Character.isJavaIdentifierPart(c) || c == '-';
    }

    private static Image image(String name) {
        return PlatformUI.getWorkbench().getSharedImages().getImage(name);
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] {'"'};
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
