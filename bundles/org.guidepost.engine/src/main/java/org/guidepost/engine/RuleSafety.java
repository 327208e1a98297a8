package org.guidepost.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.Severity;

/**
 * Keeps rules inside the allowed API, because a rule pack is code that runs inside clinics' tools: the model, the
 * engine's facts and helpers, java.lang basics, java.util, java.time and regular expressions. Anything that could
 * reach the file system, the network, processes, threads, reflection or class loading, evaluate strings as code,
 * or change shared state is refused with {@value #UNSAFE}, naming the rule (or function) and the place.
 *
 * <p>The check reads the rule file's words outside comments and string literals, so it is conservative: a name
 * that merely looks like a forbidden one is refused too, and the message says which word and why.
 */
final class RuleSafety {
    /** A rule file uses something outside the allowed API. */
    static final String UNSAFE = RuleEngine.UNSAFE_RULE;

    private static final List<String> ALLOWED_IMPORTS = List.of("org.guidepost.model.", "org.guidepost.engine.",
            "java.util.", "java.time.", "java.lang.Math", "java.lang.String", "java.lang.Integer", "java.lang.Long",
            "java.lang.Double", "java.lang.Boolean", "java.lang.Character");
    private static final List<String> FORBIDDEN_PACKAGES = List.of("java.io", "java.nio", "java.net",
            "java.lang.reflect", "java.lang.invoke", "java.util.concurrent", "java.util.logging", "java.util.prefs",
            "java.util.jar", "java.util.zip", "java.util.spi", "java.sql", "java.rmi", "java.security", "javax.",
            "sun.", "com.sun.", "jdk.", "org.drools", "org.kie", "org.mvel2", "org.osgi", "org.eclipse");
    private static final Set<String> FORBIDDEN_WORDS = Set.of("System", "Runtime", "ProcessBuilder", "Process",
            "ProcessHandle", "Thread", "ThreadGroup", "ThreadLocal", "Executors", "ForkJoinPool", "Timer", "ClassLoader",
            "Class", "forName", "getClass", "getClassLoader", "getDeclaredMethod", "getDeclaredMethods", "getMethod",
            "getMethods", "getDeclaredField", "getDeclaredFields", "newInstance", "setAccessible",
            "invoke", "Unsafe", "SecurityManager", "Files", "Paths", "Path", "File", "FileInputStream",
            "FileOutputStream", "FileReader", "FileWriter", "RandomAccessFile", "Socket", "ServerSocket",
            "DatagramSocket", "URL", "URLConnection", "HttpClient", "MVEL", "kcontext", "drools", "exit", "halt",
            "exec", "load", "loadLibrary", "ObjectInputStream", "ObjectOutputStream", "ScriptEngine",
            "ScriptEngineManager");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(?:\\s*\\.\\s*[A-Za-z_$][A-Za-z0-9_$]*)*");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:function\\s+|static\\s+)?([\\w.*]+)");
    private static final Pattern GLOBAL = Pattern.compile("(?m)^\\s*global\\s+([\\w.]+)\\s+(\\w+)");
    /** {@code String.class}: a class object opens reflection. ({@code getField} stays allowed: LexiconMatch has one.) */
    private static final Pattern CLASS_LITERAL = Pattern.compile("\\.\\s*class\\b");
    private static final Pattern STRING_EVAL = Pattern.compile("\\beval\\s*\\(\\s*\"");
    private static final Pattern STATIC_WRITE = Pattern.compile(
            "\\b[A-Z][A-Za-z0-9_$]*(?:\\.[A-Za-z_$][A-Za-z0-9_$]*)+\\s*(?:=(?!=)|\\+=|-=|\\*=|/=|\\+\\+|--)");
    private static final Pattern HEADER = Pattern.compile("(?m)^\\s*(rule|function|query)\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([\\w$]+)(?:\\s+([\\w$]+))?)");

    private RuleSafety() {
    }

    static List<Diagnostic> check(RuleSource source) {
        String drl = source.drl();
        String code = blankCommentsAndStrings(drl);
        List<Diagnostic> problems = new ArrayList<>();
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            String name = imports.group(1);
            if (ALLOWED_IMPORTS.stream().noneMatch(name::startsWith)) {
                problems.add(problem(source, imports.start(1), "imports " + name + ": rules may import only the model"
                        + " (org.guidepost.model), the engine's facts (org.guidepost.engine), java.util and java.time"));
            }
        }
        Matcher globals = GLOBAL.matcher(code);
        while (globals.find()) {
            if (!globals.group(1).equals(Findings.class.getName()) && !globals.group(1).equals("Findings")) {
                problems.add(problem(source, globals.start(1), "declares global " + globals.group(2) + " of type "
                        + globals.group(1) + ": the only global is " + Findings.class.getName() + " findings"));
            }
        }
        Matcher evalOfString = STRING_EVAL.matcher(blankComments(drl));
        while (evalOfString.find()) {
            problems.add(problem(source, evalOfString.start(), where(drl, evalOfString.start())
                    + " evaluates a string as code (eval(\"...\")); write the condition itself"));
        }
        Matcher classLiteral = CLASS_LITERAL.matcher(code);
        while (classLiteral.find()) {
            problems.add(problem(source, classLiteral.start(), where(drl, classLiteral.start())
                    + " uses a class literal (.class), which opens reflection; rules may not use it"));
        }
        Matcher staticWrite = STATIC_WRITE.matcher(code);
        while (staticWrite.find()) {
            problems.add(problem(source, staticWrite.start(), where(drl, staticWrite.start()) + " writes to "
                    + staticWrite.group().replaceAll("\\s*[-+*/]?=.*|\\s*(\\+\\+|--)$", "").trim()
                    + ", a field shared by every check; rules may only read facts and report findings"));
        }
        Matcher words = WORD.matcher(code);
        while (words.find()) {
            if (isImportOrPackageLine(code, words.start())) {
                continue;
            }
            String qualified = words.group().replaceAll("\\s+", "");
            String forbidden = forbidden(qualified);
            if (forbidden != null) {
                problems.add(problem(source, words.start(), where(drl, words.start()) + " uses " + forbidden
                        + ", which rules may not use (a rule pack runs inside clinics' tools: no files, network,"
                        + " processes, threads, reflection or class loading); use the model, the engine's facts,"
                        + " java.util, java.time and regular expressions"));
            }
        }
        return problems;
    }

    /** The forbidden part of a (possibly qualified) name, or null. */
    private static String forbidden(String qualified) {
        for (String prefix : FORBIDDEN_PACKAGES) {
            String bare = prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
            if (qualified.equals(bare) || qualified.startsWith(bare + ".")) {
                return bare;
            }
        }
        for (String part : qualified.split("\\.")) {
            if (FORBIDDEN_WORDS.contains(part)) {
                return part;
            }
        }
        return null;
    }

    private static boolean isImportOrPackageLine(String code, int offset) {
        int lineStart = code.lastIndexOf('\n', offset - 1) + 1;
        String line = code.substring(lineStart, offset).trim();
        return line.startsWith("import") || line.startsWith("package") || line.startsWith("global");
    }

    /** "rule \"X\"" or "function f" for the rule or function that contains {@code offset}, else "the file". */
    private static String where(String drl, int offset) {
        String found = "the rule file";
        Matcher header = HEADER.matcher(blankComments(drl));
        while (header.find() && header.start() <= offset) {
            String kind = header.group(1);
            String name = header.group(2) != null ? header.group(2)
                    : "function".equals(kind) && header.group(4) != null ? header.group(4) : header.group(3);
            found = kind + " \"" + name + "\"";
        }
        return found;
    }

    private static Diagnostic problem(RuleSource source, int offset, String message) {
        String drl = source.drl();
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (drl.charAt(i) == '\n') {
                line++;
            }
        }
        int column = offset - drl.lastIndexOf('\n', offset - 1);
        return new Diagnostic(UNSAFE, Severity.ERROR, source.name(), line, column, message);
    }

    /** The text with comments and string literals replaced by spaces (offsets and lines kept). */
    static String blankCommentsAndStrings(String drl) {
        return blank(drl, true);
    }

    private static String blankComments(String drl) {
        return blank(drl, false);
    }

    private static String blank(String drl, boolean strings) {
        StringBuilder out = new StringBuilder(drl);
        int i = 0;
        while (i < drl.length()) {
            char c = drl.charAt(i);
            if (c == '/' && i + 1 < drl.length() && drl.charAt(i + 1) == '/') {
                while (i < drl.length() && drl.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < drl.length() && drl.charAt(i + 1) == '*') {
                while (i < drl.length() && !(drl.charAt(i) == '*' && i + 1 < drl.length() && drl.charAt(i + 1) == '/')) {
                    if (drl.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                    i++;
                }
                if (i < drl.length()) {
                    out.setCharAt(i++, ' ');
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '"' || c == '\'') {
                int start = i++;
                while (i < drl.length() && drl.charAt(i) != c && drl.charAt(i) != '\n') {
                    i += drl.charAt(i) == '\\' ? 2 : 1;
                }
                if (strings) {
                    for (int k = start + 1; k < Math.min(i, drl.length()); k++) {
                        out.setCharAt(k, ' ');
                    }
                }
                i++;
            } else {
                i++;
            }
        }
        return out.toString();
    }
}
