package dev.codevault.backend.analysis.count;

import dev.codevault.backend.analysis.lang.LineCounts;

/**
 * The counting state machine: one pass over the bytes of one file, classifying each line as code, comment or blank.
 * Works on bytes of any ASCII-compatible encoding, because every marker is ASCII or UTF-8. An unterminated
 * comment, string or heredoc runs to the end of the file; {@code CountingRobustnessTest} checks that random and
 * truncated input never makes it throw or hang.
 *
 * <p>When a mask is requested, the scanner also writes a copy of the file in which comment and string text is
 * replaced by spaces (line ends kept, a string becomes {@code 0} followed by spaces), so that the complexity
 * analysis sees only code.
 */
final class LineScanner {

    private static final int CODE = 0;
    private static final int BLOCK = 1;
    private static final int STRING = 2;
    private static final int HEREDOC = 3;

    private static final int MAX_INTERPOLATION_DEPTH = 64;
    private static final int MAX_PENDING_HEREDOCS = 16;
    private static final int MAX_BLOCK_DEPTH = 1 << 20;
    private static final int MAX_RAW_DELIMITER = 16;
    private static final int MAX_ESCAPED_CHAR_LENGTH = 12;
    private static final String REGEX_AFTER = "(,=:[!&|?{};+-*%<>~^";

    private final CompiledSyntax syntax;
    private final byte[] buffer;
    private final int start;
    private final int end;
    private final byte[] mask;

    private int state = CODE;
    private int lineStart;
    private boolean lineCode;
    private boolean lineComment;
    private long lines;
    private long codeLines;
    private long commentLines;
    private long blankLines;

    private int lastSignificant = -1;
    private int regionStart;

    private int blockRule;
    private int blockDepth;

    private StringRule stringRule;
    private int stringIndex;
    private byte[] stringClose;
    private byte stringEscape;
    private boolean docstring;
    private boolean regexInClass;

    private final int[] interpolationRule = new int[MAX_INTERPOLATION_DEPTH];
    private final byte[][] interpolationClose = new byte[MAX_INTERPOLATION_DEPTH][];
    private final int[] interpolationDepth = new int[MAX_INTERPOLATION_DEPTH];
    private final byte[] interpolationOpenByte = new byte[MAX_INTERPOLATION_DEPTH];
    private final byte[] interpolationCloseByte = new byte[MAX_INTERPOLATION_DEPTH];
    private int interpolations;

    private final byte[][] heredocDelimiter = new byte[MAX_PENDING_HEREDOCS][];
    private final boolean[] heredocIndented = new boolean[MAX_PENDING_HEREDOCS];
    private int heredocFirst;
    private int heredocCount;

    private final boolean docstrings;
    private boolean docstringExpected;
    private boolean definitionLine;
    private int bracketDepth;

    LineScanner(CompiledSyntax syntax, byte[] buffer, int start, int end, byte[] mask) {
        this.syntax = syntax;
        this.buffer = buffer;
        this.start = start;
        this.end = end;
        this.mask = mask;
        this.docstrings = syntax.rules.docstrings();
    }

    LineCounts run() {
        lineStart = start;
        docstringExpected = docstrings;
        int i = skipShebang(start);
        while (i < end) {
            switch (state) {
                case CODE -> i = scanCode(i);
                case BLOCK -> i = scanBlock(i);
                case STRING -> i = scanString(i);
                default -> i = scanHeredoc(i);
            }
        }
        finish();
        return new LineCounts(lines, codeLines, commentLines, blankLines);
    }

    private int skipShebang(int i) {
        if (end - i < 2 || buffer[i] != '#' || buffer[i + 1] != '!') {
            return i;
        }
        int j = i + 2;
        while (j < end && (buffer[j] == ' ' || buffer[j] == '\t')) {
            j++;
        }
        if (j < end && buffer[j] == '[') {
            return i;
        }
        int lineEnd = lineEnd(i);
        lineComment = true;
        blank(i, lineEnd);
        return lineEnd;
    }

    private int scanCode(int i) {
        final byte[] classes = syntax.byteClass;
        final byte[] b = buffer;
        final int e = end;
        while (i < e) {
            switch (classes[b[i] & 0xFF]) {
                case CompiledSyntax.OTHER -> {
                    int runStart = i;
                    i++;
                    while (i < e && classes[b[i] & 0xFF] == CompiledSyntax.OTHER) {
                        i++;
                    }
                    if (docstrings && !lineCode && bracketDepth == 0) {
                        definitionLine = startsDefinition(runStart);
                    }
                    if (!(docstringExpected && isStringPrefix(runStart, i))) {
                        markCode();
                    }
                    lastSignificant = i - 1;
                }
                case CompiledSyntax.SPACE -> i++;
                case CompiledSyntax.LINE_FEED, CompiledSyntax.CARRIAGE_RETURN -> {
                    if (docstrings) {
                        noteLogicalLineEnd();
                    }
                    i = newline(i);
                    if (heredocCount > 0) {
                        state = HEREDOC;
                        regionStart = i;
                        return i;
                    }
                }
                default -> {
                    int next = marker(i);
                    if (next < 0) {
                        if (docstrings && !lineCode && bracketDepth == 0) {
                            definitionLine = startsDefinition(i);
                        }
                        markCode();
                        lastSignificant = i;
                        i++;
                    } else {
                        i = next;
                        if (state != CODE) {
                            return i;
                        }
                    }
                }
            }
        }
        return i;
    }

    private int marker(int i) {
        for (Token token : syntax.tokens[buffer[i] & 0xFF]) {
            if (token.matchesAt(buffer, start, i, end)) {
                int next = apply(token, i);
                if (next >= 0) {
                    return next;
                }
            }
        }
        return -1;
    }

    private int apply(Token token, int i) {
        return switch (token.type) {
            case Token.LINE_COMMENT -> lineComment(i);
            case Token.WORD_COMMENT -> atWordStart(i) ? lineComment(i) : -1;
            case Token.LINE_START_COMMENT -> onlySpaceBefore() && endsWord(token, i) ? lineComment(i) : -1;
            case Token.COLUMN_ONE_COMMENT -> i == lineStart ? lineComment(i) : -1;
            case Token.BLOCK_COMMENT -> openBlock(token, i);
            case Token.STRING -> openString(token, i);
            case Token.CODE -> plainCode(i + token.text.length);
            case Token.HEREDOC -> openHeredoc(i);
            case Token.OPEN_BRACKET -> openBracket(i);
            default -> closeBracket(i);
        };
    }

    private int plainCode(int to) {
        markCode();
        lastSignificant = to - 1;
        return to;
    }

    private int lineComment(int i) {
        int lineEnd = lineEnd(i);
        lineComment = true;
        blank(i, lineEnd);
        return lineEnd;
    }

    private int openBlock(Token token, int i) {
        if (syntax.blockRules[token.rule].lineStart() && i != lineStart) {
            return -1;
        }
        state = BLOCK;
        blockRule = token.rule;
        blockDepth = 1;
        lineComment = true;
        regionStart = i;
        return i + token.text.length;
    }

    private int scanBlock(int i) {
        final byte[] close = syntax.blockClose[blockRule];
        final byte[] open = syntax.blockOpen[blockRule];
        final BlockCommentRule rule = syntax.blockRules[blockRule];
        final boolean nests = rule.nests();
        final boolean lineStartOnly = rule.lineStart();
        final byte close0 = close[0];
        final byte open0 = open[0];
        while (i < end) {
            byte x = buffer[i];
            if (x == '\n' || x == '\r') {
                i = newline(i);
            } else if (lineStartOnly) {
                if (i == lineStart && matches(close, i)) {
                    i = lineEnd(i);
                    lineComment = true;
                    return closeBlock(i);
                }
                markCommentText(x);
                i++;
            } else if (x == close0 && matches(close, i)) {
                i += close.length;
                lineComment = true;
                if (--blockDepth == 0) {
                    return closeBlock(i);
                }
            } else if (nests && x == open0 && matches(open, i)) {
                i += open.length;
                lineComment = true;
                blockDepth = Math.min(blockDepth + 1, MAX_BLOCK_DEPTH);
            } else {
                markCommentText(x);
                i++;
            }
        }
        return i;
    }

    private int closeBlock(int i) {
        state = CODE;
        blank(regionStart, i);
        return i;
    }

    private int openString(Token token, int at) {
        StringRule rule = syntax.stringRules[token.rule];
        int i = at - token.prefix.length;
        if (token.prefix.length == 0 && isWordByte(token.text[0]) && i > start && isWordByte(buffer[i - 1])) {
            return -1;
        }
        if (rule.notAfterOperand() && i > start && endsOperand(buffer[i - 1])) {
            return -1;
        }
        int contentStart = at + token.text.length;
        byte[] close = syntax.stringClose[token.rule];
        switch (rule.kind()) {
            case CHAR -> {
                return charLiteral(i, contentStart, token.rule);
            }
            case CPP_RAW -> {
                int paren = rawDelimiterEnd(contentStart);
                if (paren < 0) {
                    return -1;
                }
                close = concat(new byte[] {')'}, copy(contentStart, paren), close);
                contentStart = paren + 1;
            }
            case HASH_RAW -> {
                int j = at;
                while (j < end && buffer[j] == '#') {
                    j++;
                }
                if (!matches(close, j)) {
                    return -1;
                }
                int hashes = j - at;
                close = concat(close, repeat((byte) '#', hashes), new byte[0]);
                contentStart = j + syntax.stringClose[token.rule].length;
            }
            case QUOTE_RUN -> {
                int firstQuote = contentStart - close.length;
                int j = contentStart;
                while (j < end && buffer[j] == close[0]) {
                    j++;
                }
                close = repeat(close[0], j - firstQuote);
                contentStart = j;
            }
            case REGEX -> {
                if (!regexAllowed()) {
                    return -1;
                }
                regexInClass = false;
            }
            default -> {
                // A quoted string closes at its fixed close text.
            }
        }
        enterString(token.rule, rule, close, i);
        return contentStart;
    }

    private void enterString(int index, StringRule rule, byte[] close, int i) {
        docstring = docstrings && docstringExpected;
        if (docstring) {
            lineComment = true;
            docstringExpected = false;
        } else {
            markCode();
        }
        state = STRING;
        stringIndex = index;
        stringRule = rule;
        stringClose = close;
        stringEscape = syntax.stringEscape[index];
        regionStart = i;
    }

    private int scanString(int i) {
        final byte[] close = stringClose;
        final byte close0 = close[0];
        final byte escape = stringEscape;
        final boolean multiline = stringRule.multiline();
        final boolean doubled = stringRule.doubled();
        final boolean regex = stringRule.kind() == StringKind.REGEX;
        final byte[] interpolation = syntax.stringInterpolation[stringIndex];
        final byte interpolation0 = interpolation == null ? 0 : interpolation[0];
        while (i < end) {
            byte x = buffer[i];
            if (x == '\n' || x == '\r') {
                if (!multiline) {
                    return closeString(i);
                }
                i = newline(i);
            } else if (interpolation != null && x == interpolation0 && matches(interpolation, i)
                    && interpolations < MAX_INTERPOLATION_DEPTH) {
                return enterInterpolation(i, interpolation);
            } else if (escape != 0 && x == escape) {
                markCommentText(x);
                i++;
                if (i < end && (buffer[i] == '\n' || buffer[i] == '\r')) {
                    i = newline(i);
                } else if (i < end) {
                    i++;
                }
            } else if (regex && x == '[') {
                regexInClass = true;
                i++;
            } else if (regex && x == ']') {
                regexInClass = false;
                i++;
            } else if (x == close0 && !(regex && regexInClass) && matches(close, i)) {
                if (doubled && matches(close, i + close.length)) {
                    i += 2 * close.length;
                } else {
                    markCommentText(x);
                    return closeString(i + close.length);
                }
            } else {
                markCommentText(x);
                i++;
            }
        }
        return i;
    }

    private int closeString(int i) {
        if (!docstring) {
            lineCode = true;
        }
        state = CODE;
        blank(regionStart, i);
        if (!docstring && mask != null && regionStart < i) {
            mask[regionStart] = '0';
        }
        docstring = false;
        lastSignificant = i - 1;
        return i;
    }

    private int enterInterpolation(int i, byte[] interpolation) {
        int next = i + interpolation.length;
        byte open = interpolation[interpolation.length - 1];
        interpolationRule[interpolations] = stringIndex;
        interpolationClose[interpolations] = stringClose;
        interpolationDepth[interpolations] = 0;
        interpolationOpenByte[interpolations] = open;
        interpolationCloseByte[interpolations] = matchingBracket(open);
        interpolations++;
        blank(regionStart, i);
        state = CODE;
        lastSignificant = next - 1;
        return next;
    }

    private int openBracket(int i) {
        byte x = buffer[i];
        if (interpolations > 0 && x == interpolationOpenByte[interpolations - 1]) {
            interpolationDepth[interpolations - 1]++;
        }
        bracketDepth++;
        markCode();
        lastSignificant = i;
        return i + 1;
    }

    private int closeBracket(int i) {
        byte x = buffer[i];
        if (interpolations > 0 && x == interpolationCloseByte[interpolations - 1]) {
            int top = interpolations - 1;
            if (interpolationDepth[top] == 0) {
                interpolations--;
                int index = interpolationRule[top];
                state = STRING;
                stringIndex = index;
                stringRule = syntax.stringRules[index];
                stringClose = interpolationClose[top];
                stringEscape = syntax.stringEscape[index];
                docstring = false;
                regionStart = i + 1;
                markCode();
                return i + 1;
            }
            interpolationDepth[top]--;
        }
        bracketDepth = Math.max(0, bracketDepth - 1);
        markCode();
        lastSignificant = i;
        return i + 1;
    }

    private int charLiteral(int i, int contentStart, int index) {
        byte quote = syntax.stringClose[index][0];
        byte escape = syntax.stringEscape[index];
        if (contentStart >= end) {
            return -1;
        }
        byte first = buffer[contentStart];
        if (first == '\n' || first == '\r' || first == quote) {
            return -1;
        }
        int literalEnd = -1;
        if (escape != 0 && first == escape) {
            int limit = Math.min(end, contentStart + MAX_ESCAPED_CHAR_LENGTH);
            for (int k = contentStart + 2; k < limit && buffer[k] != '\n' && buffer[k] != '\r'; k++) {
                if (buffer[k] == quote) {
                    literalEnd = k + 1;
                    break;
                }
            }
        } else {
            int afterChar = contentStart + utf8Length(first);
            if (afterChar < end && buffer[afterChar] == quote) {
                literalEnd = afterChar + 1;
            }
        }
        if (literalEnd < 0) {
            return -1;
        }
        markCode();
        regionStart = i;
        docstring = false;
        return closeString(literalEnd);
    }

    private boolean regexAllowed() {
        if (lastSignificant < start) {
            return true;
        }
        byte previous = buffer[lastSignificant];
        if (REGEX_AFTER.indexOf(previous) >= 0) {
            return true;
        }
        if (!isWordByte(previous)) {
            return false;
        }
        int wordStart = lastSignificant;
        while (wordStart > start && isWordByte(buffer[wordStart - 1])) {
            wordStart--;
        }
        return RegexKeywords.contains(buffer, wordStart, lastSignificant + 1);
    }

    private int rawDelimiterEnd(int from) {
        int limit = Math.min(end, from + MAX_RAW_DELIMITER + 1);
        for (int j = from; j < limit; j++) {
            byte x = buffer[j];
            if (x == '(') {
                return j;
            }
            if (x == ' ' || x == ')' || x == '\\' || x == '\t' || x == '\n' || x == '\r' || x == '"') {
                return -1;
            }
        }
        return -1;
    }

    private int openHeredoc(int i) {
        HeredocStyle style = syntax.rules.heredoc();
        int j = i + (style == HeredocStyle.PHP ? 3 : 2);
        if (style == HeredocStyle.SHELL && j < end && buffer[j] == '<') {
            return -1;
        }
        boolean indented = style == HeredocStyle.PHP;
        if (style != HeredocStyle.PHP && j < end && (buffer[j] == '-' || buffer[j] == '~')) {
            indented = true;
            j++;
        }
        if (style == HeredocStyle.SHELL || style == HeredocStyle.PHP) {
            while (j < end && (buffer[j] == ' ' || buffer[j] == '\t')) {
                j++;
            }
        }
        if (style == HeredocStyle.SHELL && j < end && buffer[j] == '\\') {
            j++;
        }
        byte quote = j < end && (buffer[j] == '"' || buffer[j] == '\'') ? buffer[j] : 0;
        if (quote != 0) {
            j++;
        }
        int nameStart = j;
        while (j < end && isWordByte(buffer[j])) {
            j++;
        }
        if (j == nameStart || isDigit(buffer[nameStart])) {
            return -1;
        }
        int nameEnd = j;
        if (quote != 0) {
            if (j >= end || buffer[j] != quote) {
                return -1;
            }
            j++;
        } else if (style == HeredocStyle.RUBY && !indented && !isUpperOrUnderscore(buffer[nameStart])) {
            return -1;
        }
        if (heredocCount < MAX_PENDING_HEREDOCS) {
            int slot = (heredocFirst + heredocCount) % MAX_PENDING_HEREDOCS;
            heredocDelimiter[slot] = copy(nameStart, nameEnd);
            heredocIndented[slot] = indented;
            heredocCount++;
        }
        return plainCode(j);
    }

    private int scanHeredoc(int i) {
        int lineEnd = lineEnd(i);
        boolean terminator = isHeredocTerminator(i, lineEnd);
        lineCode = true;
        if (!terminator) {
            blank(i, lineEnd);
        }
        int next = lineEnd < end ? newline(lineEnd) : lineEnd;
        if (terminator) {
            heredocFirst = (heredocFirst + 1) % MAX_PENDING_HEREDOCS;
            heredocCount--;
            if (heredocCount == 0) {
                state = CODE;
            }
        }
        return next;
    }

    private boolean isHeredocTerminator(int from, int lineEnd) {
        byte[] delimiter = heredocDelimiter[heredocFirst];
        int j = from;
        if (heredocIndented[heredocFirst]) {
            while (j < lineEnd && (buffer[j] == ' ' || buffer[j] == '\t')) {
                j++;
            }
        }
        if (!matches(delimiter, j) || j + delimiter.length > lineEnd) {
            return false;
        }
        int after = j + delimiter.length;
        if (syntax.rules.heredoc() == HeredocStyle.PHP) {
            return after == lineEnd || !isWordByte(buffer[after]);
        }
        while (after < lineEnd && (buffer[after] == ' ' || buffer[after] == '\t')) {
            after++;
        }
        return after == lineEnd;
    }

    private boolean startsDefinition(int from) {
        return startsWord("def", from) || startsWord("class", from) || startsWord("async", from);
    }

    private boolean startsWord(String word, int from) {
        int after = from + word.length();
        return matchesText(word, from) && (after >= end || !isWordByte(buffer[after]));
    }

    /** Returns {@code true} for a run of one or two letters right before a quote, such as Python's {@code r"""}. */
    private boolean isStringPrefix(int from, int to) {
        return to - from <= 2 && to < end && (buffer[to] == '"' || buffer[to] == '\'');
    }

    private void noteLogicalLineEnd() {
        if (bracketDepth > 0) {
            return;
        }
        byte last = lastSignificant >= start ? buffer[lastSignificant] : 0;
        if (last == '\\' && lastSignificant >= lineStart) {
            return;
        }
        if (definitionLine && last == ':' && lastSignificant >= lineStart) {
            docstringExpected = true;
        }
        definitionLine = false;
    }

    private int newline(int i) {
        int next = i + 1;
        if (buffer[i] == '\r' && next < end && buffer[next] == '\n') {
            next++;
        }
        endLine(next);
        return next;
    }

    private void endLine(int next) {
        if (state == STRING && !docstring || state == HEREDOC) {
            lineCode = true;
        }
        lines++;
        if (lineCode) {
            codeLines++;
        } else if (lineComment) {
            commentLines++;
        } else {
            blankLines++;
        }
        lineCode = false;
        lineComment = false;
        lineStart = next;
    }

    private void finish() {
        if (state == BLOCK || state == STRING) {
            blank(regionStart, end);
        }
        if (lineStart < end) {
            endLine(end);
        }
    }

    private void markCode() {
        lineCode = true;
        docstringExpected = false;
    }

    private void markCommentText(byte x) {
        if (docstring || state == BLOCK) {
            if (x != ' ' && x != '\t') {
                lineComment = true;
            }
        }
    }

    private boolean onlySpaceBefore() {
        return !lineCode && !lineComment;
    }

    private boolean atWordStart(int i) {
        if (i == lineStart) {
            return true;
        }
        byte previous = buffer[i - 1];
        return previous == ' ' || previous == '\t' || previous == ';' || previous == '&' || previous == '|'
                || previous == '(' || previous == ')';
    }

    private boolean endsWord(Token token, int i) {
        if (!isLetter(token.text[token.text.length - 1])) {
            return true;
        }
        int after = i + token.text.length;
        return after >= end || !isWordByte(buffer[after]);
    }

    private int lineEnd(int i) {
        int j = i;
        while (j < end && buffer[j] != '\n' && buffer[j] != '\r') {
            j++;
        }
        return j;
    }

    private boolean matches(byte[] text, int at) {
        if (at < 0 || at + text.length > end) {
            return false;
        }
        for (int k = 0; k < text.length; k++) {
            if (buffer[at + k] != text[k]) {
                return false;
            }
        }
        return true;
    }

    private boolean matchesText(String text, int at) {
        if (at + text.length() > end) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (buffer[at + k] != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private void blank(int from, int to) {
        if (mask == null) {
            return;
        }
        for (int k = Math.max(from, start); k < to; k++) {
            byte x = mask[k];
            if (x != '\n' && x != '\r') {
                mask[k] = ' ';
            }
        }
    }

    private byte[] copy(int from, int to) {
        byte[] result = new byte[to - from];
        System.arraycopy(buffer, from, result, 0, result.length);
        return result;
    }

    private static byte[] concat(byte[] a, byte[] b, byte[] c) {
        byte[] result = new byte[a.length + b.length + c.length];
        System.arraycopy(a, 0, result, 0, a.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        System.arraycopy(c, 0, result, a.length + b.length, c.length);
        return result;
    }

    private static byte[] repeat(byte value, int count) {
        byte[] result = new byte[count];
        java.util.Arrays.fill(result, value);
        return result;
    }

    private static byte matchingBracket(byte open) {
        return switch (open) {
            case '(' -> (byte) ')';
            case '[' -> (byte) ']';
            default -> (byte) '}';
        };
    }

    private static int utf8Length(byte first) {
        int value = first & 0xFF;
        if (value < 0xC0) {
            return 1;
        }
        if (value < 0xE0) {
            return 2;
        }
        return value < 0xF0 ? 3 : 4;
    }

    private static boolean endsOperand(byte x) {
        return isWordByte(x) || x == ')' || x == ']' || x == '}' || x == '\'' || x == '.';
    }

    static boolean isWordByte(byte x) {
        return isLetter(x) || isDigit(x) || x == '_' || (x & 0x80) != 0;
    }

    private static boolean isLetter(byte x) {
        return x >= 'a' && x <= 'z' || x >= 'A' && x <= 'Z';
    }

    private static boolean isDigit(byte x) {
        return x >= '0' && x <= '9';
    }

    private static boolean isUpperOrUnderscore(byte x) {
        return x >= 'A' && x <= 'Z' || x == '_';
    }
}
