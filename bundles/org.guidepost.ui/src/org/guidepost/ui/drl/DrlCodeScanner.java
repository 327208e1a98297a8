package org.guidepost.ui.drl;

import java.util.List;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** Colours the code of a rule file: keywords, annotations such as {@code @clause}, numbers. */
final class DrlCodeScanner extends RuleBasedScanner {
    /** DRL's keywords, rule attributes and the consequence's built-ins, as staff meet them in rule files. */
    static final List<String> KEYWORDS = List.of(
            "package", "import", "global", "function", "dialect", "rule", "query", "declare", "extends",
            "when", "then", "end", "not", "exists", "forall", "eval", "from", "collect", "accumulate", "and",
            "or", "matches", "contains", "in", "memberOf", "soundslike", "str", "over", "entry-point", "init",
            "action", "reverse", "result", "salience", "no-loop", "lock-on-active", "agenda-group",
            "activation-group", "auto-focus", "enabled", "date-effective", "date-expires", "duration", "timer",
            "true", "false", "null", "this", "modify", "insert", "insertLogical", "update", "delete", "retract");

    static final Color KEYWORD = new Color(127, 0, 85);
    static final Color ANNOTATION = new Color(100, 100, 100);
    static final Color STRING = new Color(42, 0, 255);
    static final Color COMMENT = new Color(63, 127, 95);
    static final Color NUMBER = new Color(125, 72, 0);

    DrlCodeScanner() {
        IToken keyword = new Token(new TextAttribute(KEYWORD, null, SWT.BOLD));
        IToken annotation = new Token(new TextAttribute(ANNOTATION, null, SWT.BOLD));
        IToken number = new Token(new TextAttribute(NUMBER));
        WordRule words = new WordRule(new DrlWords(), Token.UNDEFINED);
        KEYWORDS.forEach(k -> words.addWord(k, keyword));
        setRules(new IRule[] {new AnnotationRule(annotation), words, new NumberRule(number),
            new WhitespaceRule(Character::isWhitespace)});
    }

    /** Words of DRL: identifiers, and hyphenated attributes such as {@code no-loop}. */
    static final class DrlWords implements IWordDetector {
        @Override
        public boolean isWordStart(char c) {
            return Character.isJavaIdentifierStart(c);
        }

        @Override
        public boolean isWordPart(char c) {
            return Character.isJavaIdentifierPart(c) || c == '-';
        }
    }

    /** {@code @name}: metadata such as {@code @clause} and {@code @severity}. */
    private static final class AnnotationRule implements IRule {
        private final IToken token;

        AnnotationRule(IToken token) {
            this.token = token;
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            if (scanner.read() != '@') {
                scanner.unread();
                return Token.UNDEFINED;
            }
            int read = 1;
            int c = scanner.read();
            read++;
            if (c == ICharacterScanner.EOF || !Character.isJavaIdentifierStart((char) c)) {
                for (int i = 0; i < read; i++) {
                    scanner.unread();
                }
                return Token.UNDEFINED;
            }
            do {
                c = scanner.read();
            } while (c != ICharacterScanner.EOF && Character.isJavaIdentifierPart((char) c));
            scanner.unread();
            return token;
        }
    }
}
