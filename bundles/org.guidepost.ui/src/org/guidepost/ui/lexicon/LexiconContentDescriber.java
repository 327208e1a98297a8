package org.guidepost.ui.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.ITextContentDescriber;

/**
 * Tells a lexicon from other YAML by its contents: a top-level {@code terms:} key (guideline files have
 * {@code clauses:}, test files {@code cases:}). Reads at most the first 64 KB.
 */
public final class LexiconContentDescriber implements ITextContentDescriber {
    private static final Pattern TERMS = Pattern.compile("^terms\\s*:.*");
    private static final int LIMIT = 64 * 1024;

    @Override
    public int describe(InputStream contents, IContentDescription description) throws IOException {
        return describe(new InputStreamReader(contents, StandardCharsets.UTF_8), description);
    }

    @Override
    public int describe(Reader contents, IContentDescription description) throws IOException {
        BufferedReader lines = new BufferedReader(contents);
        int read = 0;
        for (String line = lines.readLine(); line != null && read < LIMIT; line = lines.readLine()) {
            read += line.length() + 1;
            if (TERMS.matcher(line).matches()) {
                return VALID;
            }
        }
        return INVALID;
    }

    @Override
    public QualifiedName[] getSupportedOptions() {
        return new QualifiedName[0];
    }
}
