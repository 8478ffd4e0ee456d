package dev.codevault.backend.analysis.complexity;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Set;

/**
 * Finds the functions of a language with brace bodies and adds each decision point to the innermost function.
 * At each {@code {} it classifies the header before it: a match block, a lambda, a type, a function found by its
 * keyword, an anonymous class ({@code new T(...) {}), a C-style function ({@code name(parameters) {}) or a plain
 * block. Lambdas and plain blocks are not functions, so their decisions count in the enclosing function.
 */
final class BraceFunctionFinder {

    private static final String ANONYMOUS = "(anonymous)";
    private static final Set<String> SELF_NAMING = Set.of("init", "deinit", "subscript", "constructor");
    private static final TokenSet HEADER_STOPS = TokenSet.of("=", "?", "&&", "||", "=>", "+", "return");

    private final ComplexityRules rules;
    private final CodeTokens tokens;
    private final Decisions decisions;
    private final TokenSet functionKeywords;
    private final TokenSet classKeywords;
    private final TokenSet controlKeywords;
    private final TokenSet matchKeywords;
    private final FunctionCollector collector = new FunctionCollector();
    private final Deque<Frame> frames = new ArrayDeque<>();

    private int[] segmentStart = new int[16];
    private int depth;
    private int order;

    BraceFunctionFinder(ComplexityRules rules, BraceKeywords keywords, CodeTokens tokens, Decisions decisions) {
        this.rules = rules;
        this.tokens = tokens;
        this.decisions = decisions;
        this.functionKeywords = keywords.functionKeywords;
        this.classKeywords = keywords.classKeywords;
        this.controlKeywords = keywords.controlKeywords;
        this.matchKeywords = keywords.matchKeywords;
    }

    ComplexityResult find() {
        for (int i = 0; i < tokens.size(); i++) {
            step(i);
        }
        while (!frames.isEmpty()) {
            close(frames.pop(), tokens.lastLine());
        }
        return collector.result(tokens.lastLine());
    }

    private void step(int i) {
        if (tokens.type(i) != CodeTokens.PUNCTUATION || tokens.length(i) != 1) {
            addDecisions(i);
            return;
        }
        switch (tokens.firstByte(i)) {
            case '(', '[' -> {
                depth++;
                ensureDepth();
                segmentStart[depth] = i + 1;
            }
            case ')', ']' -> depth = Math.max(0, depth - 1);
            case ',', ';' -> segmentStart[depth] = i + 1;
            case '{' -> {
                Frame frame = classify(segmentStart[depth], i);
                moveHeaderDecisions(frame, segmentStart[depth], i);
                frames.push(frame);
                segmentStart[depth] = i + 1;
            }
            case '}' -> {
                if (!frames.isEmpty()) {
                    Frame frame = frames.pop();
                    close(frame, tokens.line(i));
                    depth = frame.depth;
                }
                segmentStart[depth] = i + 1;
            }
            default -> addDecisions(i);
        }
    }

    /**
     * Moves the decisions in a function header, such as Kotlin's {@code fun f() = if (x) {}, from the enclosing
     * owner, which got them while the header was read, to the new function.
     */
    private void moveHeaderDecisions(Frame frame, int start, int brace) {
        if (frame.kind != Frame.Kind.FUNCTION) {
            return;
        }
        int from = start;
        while (from < brace && tokens.line(from) < frame.startLine) {
            from++;
        }
        int moved = 0;
        for (int k = from; k < brace; k++) {
            moved += decisionAt(k);
        }
        if (moved == 0) {
            return;
        }
        Frame previous = owner();
        if (previous == null) {
            collector.topLevel(-moved);
        } else {
            previous.decisions -= moved;
        }
        frame.decisions += moved;
    }

    private void addDecisions(int i) {
        int count = decisionAt(i);
        if (count == 0) {
            return;
        }
        Frame owner = owner();
        if (owner == null) {
            collector.topLevel(count);
        } else {
            owner.decisions += count;
        }
    }

    private int decisionAt(int i) {
        if (tokens.type(i) == CodeTokens.PUNCTUATION && !isDecisionPunctuation(i)) {
            return 0;
        }
        int count = decisions.at(tokens, i);
        if (count > 0 && tokens.is(i, "case") && insideEnum()) {
            count = 0;
        }
        if (rules.matchArrow() != null && tokens.is(i, rules.matchArrow()) && !frames.isEmpty()
                && frames.peek().match && !isDefaultArm(i)) {
            count++;
        }
        if (count > 0 && tokens.is(i, "for") && isImplHeader(i)) {
            count = 0;
        }
        return count;
    }

    private boolean isDecisionPunctuation(int i) {
        return decisions.isOperator(tokens, i) || tokens.is(i, '?')
                || rules.matchArrow() != null && tokens.is(i, rules.matchArrow());
    }

    /** Returns {@code true} for the {@code for} of a Rust {@code impl Trait for Type} header, which is no loop. */
    private boolean isImplHeader(int forIndex) {
        for (int k = forIndex - 1; k >= 0 && k >= segmentStart[depth]; k--) {
            if (tokens.is(k, "impl")) {
                return true;
            }
        }
        return false;
    }

    private boolean isDefaultArm(int arrow) {
        return (tokens.is(arrow - 1, '_') || tokens.is(arrow - 1, "else")) && !tokens.is(arrow - 2, '|');
    }

    private boolean insideEnum() {
        for (Frame frame : frames) {
            if (frame.kind == Frame.Kind.CLASS || frame.kind == Frame.Kind.FUNCTION) {
                return frame.enumBody;
            }
        }
        return false;
    }

    private Frame owner() {
        for (Frame frame : frames) {
            if (frame.kind == Frame.Kind.FUNCTION) {
                return frame;
            }
            if (frame.kind == Frame.Kind.CLASS) {
                return null;
            }
        }
        return null;
    }

    private boolean insideFunction() {
        return owner() != null;
    }

    private void close(Frame frame, int endLine) {
        if (frame.kind == Frame.Kind.FUNCTION) {
            collector.function(qualifiedName(frame), frame.startLine, endLine, frame.decisions, frame.order);
        }
    }

    private String qualifiedName(Frame function) {
        StringBuilder name = new StringBuilder(function.name);
        for (Frame frame : frames) {
            if (frame.kind == Frame.Kind.CLASS || frame.kind == Frame.Kind.FUNCTION) {
                name.insert(0, frame.name + ".");
            }
        }
        return name.toString();
    }

    private Frame classify(int start, int brace) {
        int last = brace - 1;
        if (start > last) {
            return frame(Frame.Kind.BLOCK, "", brace);
        }
        if (tokens.is(last, "->") || tokens.is(last, "=>")) {
            boolean armBody = !frames.isEmpty() && frames.peek().match && rules.matchArrow() != null
                    && tokens.is(last, rules.matchArrow());
            return armBody ? frame(Frame.Kind.BLOCK, "", brace) : lambda(start, brace);
        }
        if (tokens.is(last, '|') || tokens.is(last, "||")) {
            return lambda(start, brace);
        }
        int functionKeyword = lastWord(start, brace, functionKeywords);
        if (functionKeyword >= 0) {
            Frame function = keywordFunction(start, functionKeyword, brace);
            if (function != null) {
                return function;
            }
        }
        if (containsWord(start, brace, matchKeywords) >= 0) {
            return new Frame(Frame.Kind.MATCH, "", tokens.line(brace), order++, depth, false, true);
        }
        int classKeyword = containsWord(start, brace, classKeywords);
        if (classKeyword >= 0 && !isCStyleFunctionAfterType(classKeyword, brace)) {
            return typeFrame(classKeyword, brace);
        }
        Frame anonymousClass = anonymousClass(start, brace);
        if (anonymousClass != null) {
            return anonymousClass;
        }
        if (rules.cStyleHeaders() && !insideFunction()) {
            Frame function = cStyleFunction(start, brace);
            if (function != null) {
                return function;
            }
        }
        return frame(Frame.Kind.BLOCK, "", brace);
    }

    private Frame lambda(int start, int brace) {
        if (insideFunction()) {
            return frame(Frame.Kind.LAMBDA, "", brace);
        }
        return new Frame(Frame.Kind.FUNCTION, assignedName(start, brace), tokens.line(start), order++, depth, false,
                false);
    }

    private Frame typeFrame(int keyword, int brace) {
        boolean isEnum = tokens.is(keyword, "enum");
        int k = keyword + 1;
        while (k < brace && tokens.type(k) == CodeTokens.WORD && classKeywords.contains(tokens, k)) {
            k++;
        }
        k = skipGroup(k, brace, "<", ">");
        String name = k < brace && tokens.type(k) == CodeTokens.WORD ? tokens.text(k) : ANONYMOUS;
        int forWord = indexOfWord(keyword, brace, "for");
        if (tokens.is(keyword, "impl") && forWord >= 0 && tokens.type(forWord + 1) == CodeTokens.WORD) {
            name = tokens.text(forWord + 1);
        }
        return new Frame(Frame.Kind.CLASS, name, tokens.line(keyword), order++, depth, isEnum, false);
    }

    private boolean isCStyleFunctionAfterType(int keyword, int brace) {
        if (!functionKeywords.isEmpty()) {
            return false;
        }
        int paren = firstTopLevel(keyword, brace, "(");
        if (paren < 0 || tokens.type(paren - 1) != CodeTokens.WORD) {
            return false;
        }
        int typeName = keyword + 1;
        return paren - 1 != typeName && !classKeywords.contains(tokens, paren - 1);
    }

    private Frame keywordFunction(int start, int keyword, int brace) {
        if (startsOtherStatement(keyword + 1, brace)) {
            return null;
        }
        boolean match = containsWord(keyword + 1, brace, matchKeywords) >= 0;
        String keywordText = tokens.text(keyword);
        if (SELF_NAMING.contains(keywordText)) {
            return new Frame(Frame.Kind.FUNCTION, keywordText, tokens.line(keyword), order++, depth, false, match);
        }
        int k = skipGroup(keyword + 1, brace, "<", ">");
        if (tokens.is(k, '*') || tokens.is(k, '&')) {
            k++;
        }
        if (tokens.is(k, '(')) {
            int close = matching(k, brace);
            boolean method = close > 0 && tokens.type(close + 1) == CodeTokens.WORD
                    && (tokens.is(close + 2, '(') || tokens.is(close + 2, '['));
            if (!method) {
                return anonymousFunction(start, keyword, brace);
            }
            k = close + 1;
        }
        int nameIndex = -1;
        while (k < brace && !tokens.is(k, '(')) {
            if (tokens.type(k) == CodeTokens.WORD) {
                nameIndex = k;
                k++;
            } else if (tokens.is(k, '.')) {
                k++;
            } else if (tokens.is(k, '<')) {
                int next = skipGroup(k, brace, "<", ">");
                if (next == k) {
                    break;
                }
                k = next;
            } else {
                break;
            }
        }
        if (nameIndex < 0) {
            return anonymousFunction(start, keyword, brace);
        }
        return new Frame(Frame.Kind.FUNCTION, tokens.text(nameIndex), tokens.line(nameIndex), order++, depth, false,
                match);
    }

    /**
     * Returns {@code true} when a control or type keyword after a function keyword starts a new statement, so the
     * brace belongs to that statement: a line that starts with such a keyword, unless the line before ends with
     * {@code =} as an expression body does.
     */
    private boolean startsOtherStatement(int from, int brace) {
        for (int k = from; k < brace; k++) {
            if (tokens.type(k) != CodeTokens.WORD || tokens.is(k - 1, '.')) {
                continue;
            }
            boolean statementWord = controlKeywords.contains(tokens, k) || classKeywords.contains(tokens, k);
            boolean firstOnLine = tokens.line(k - 1) < tokens.line(k);
            if (statementWord && firstOnLine && !tokens.is(k - 1, '=')) {
                return true;
            }
        }
        return false;
    }

    private Frame anonymousFunction(int start, int keyword, int brace) {
        if (insideFunction()) {
            return frame(Frame.Kind.LAMBDA, "", brace);
        }
        return new Frame(Frame.Kind.FUNCTION, assignedName(start, keyword), tokens.line(keyword), order++, depth,
                false, false);
    }

    private Frame anonymousClass(int start, int brace) {
        int last = brace - 1;
        if (!tokens.is(last, ')')) {
            return null;
        }
        int open = matchingBackwards(last, start);
        if (open <= start) {
            return null;
        }
        int k = open - 1;
        k = skipGroupBackwards(k, start, ">", "<");
        String name = tokens.type(k) == CodeTokens.WORD ? tokens.text(k) : null;
        while (k > start && (tokens.type(k) == CodeTokens.WORD || tokens.is(k, '.')) && !tokens.is(k, "new")) {
            k--;
        }
        if (name == null || !tokens.is(k, "new")) {
            return null;
        }
        return new Frame(Frame.Kind.CLASS, "<anonymous " + name + ">", tokens.line(k), order++, depth, false, false);
    }

    private Frame cStyleFunction(int start, int brace) {
        int paren = firstParameterList(start, brace);
        if (paren < 0) {
            return null;
        }
        int nameIndex = paren - 1;
        String name;
        if (tokens.type(nameIndex) == CodeTokens.WORD) {
            if (controlKeywords.contains(tokens, nameIndex) || classKeywords.contains(tokens, nameIndex)) {
                return null;
            }
            name = tokens.text(nameIndex);
        } else if (tokens.is(nameIndex - 1, "operator")) {
            name = "operator" + tokens.text(nameIndex);
            nameIndex--;
        } else {
            return null;
        }
        if (tokens.is(nameIndex - 1, '.') || tokens.is(nameIndex - 1, "new") || tokens.is(nameIndex - 1, "->")) {
            return null;
        }
        if (hasTopLevel(firstOnLine(start, nameIndex), nameIndex, "=") || !validTail(matching(paren, brace), brace)) {
            return null;
        }
        return new Frame(Frame.Kind.FUNCTION, qualifiedCName(nameIndex, start, name), tokens.line(nameIndex),
                order++, depth, false, false);
    }

    private int firstParameterList(int start, int brace) {
        int k = start;
        while (k < brace) {
            if (tokens.is(k, '@') && tokens.type(k + 1) == CodeTokens.WORD) {
                k += 2;
                while (tokens.is(k, '.') && tokens.type(k + 1) == CodeTokens.WORD) {
                    k += 2;
                }
                if (tokens.is(k, '(')) {
                    int close = matching(k, brace);
                    if (close < 0) {
                        return -1;
                    }
                    k = close + 1;
                }
            } else if (tokens.is(k, '(')) {
                return k > start ? k : -1;
            } else {
                k++;
            }
        }
        return -1;
    }

    private boolean validTail(int close, int brace) {
        if (close < 0) {
            return false;
        }
        for (int k = close + 1; k < brace; k++) {
            if (tokens.type(k) == CodeTokens.PUNCTUATION && HEADER_STOPS.contains(tokens, k)) {
                return false;
            }
            if (tokens.type(k) == CodeTokens.WORD && controlKeywords.contains(tokens, k)) {
                return false;
            }
        }
        return true;
    }

    private String qualifiedCName(int nameIndex, int start, String name) {
        StringBuilder qualified = new StringBuilder(name);
        int k = nameIndex - 1;
        if (tokens.is(k, '~')) {
            qualified.insert(0, "~");
            k--;
        }
        while (k - 1 >= start && tokens.is(k, "::") && tokens.type(k - 1) == CodeTokens.WORD) {
            qualified.insert(0, tokens.text(k - 1) + "::");
            k -= 2;
        }
        return qualified.toString();
    }

    private String assignedName(int start, int end) {
        for (int k = start; k < end; k++) {
            if ((tokens.is(k, '=') || tokens.is(k, ':')) && k > start && tokens.type(k - 1) == CodeTokens.WORD) {
                return tokens.text(k - 1);
            }
        }
        return ANONYMOUS;
    }

    private boolean hasControlWord(int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.type(k) == CodeTokens.WORD && controlKeywords.contains(tokens, k)
                    && !tokens.is(k - 1, '.')) {
                return true;
            }
        }
        return false;
    }

    private boolean hasTopLevel(int from, int to, String text) {
        int nesting = 0;
        for (int k = from; k < to; k++) {
            if (tokens.is(k, '(') || tokens.is(k, '[') || tokens.is(k, '<')) {
                nesting++;
            } else if (tokens.is(k, ')') || tokens.is(k, ']') || tokens.is(k, '>')) {
                nesting = Math.max(0, nesting - 1);
            } else if (nesting == 0 && tokens.is(k, text)) {
                return true;
            }
        }
        return false;
    }

    private int firstTopLevel(int from, int to, String text) {
        for (int k = from; k < to; k++) {
            if (tokens.is(k, text)) {
                return k;
            }
        }
        return -1;
    }

    private int containsWord(int from, int to, TokenSet words) {
        if (words.isEmpty()) {
            return -1;
        }
        for (int k = from; k < to; k++) {
            if (tokens.type(k) == CodeTokens.WORD && words.contains(tokens, k) && !tokens.is(k - 1, '.')
                    && !tokens.is(k - 1, "::")) {
                return k;
            }
        }
        return -1;
    }

    private int lastWord(int from, int to, TokenSet words) {
        if (words.isEmpty()) {
            return -1;
        }
        for (int k = to - 1; k >= from; k--) {
            if (tokens.type(k) == CodeTokens.WORD && words.contains(tokens, k) && !tokens.is(k - 1, '.')) {
                return k;
            }
        }
        return -1;
    }

    private int indexOfWord(int from, int to, String word) {
        for (int k = from; k < to; k++) {
            if (tokens.is(k, word)) {
                return k;
            }
        }
        return -1;
    }

    private int skipGroup(int k, int limit, String open, String close) {
        if (!tokens.is(k, open)) {
            return k;
        }
        int nesting = 0;
        for (int j = k; j < limit; j++) {
            if (tokens.is(j, open)) {
                nesting++;
            } else if (tokens.is(j, close) && --nesting == 0) {
                return j + 1;
            }
        }
        return k;
    }

    private int skipGroupBackwards(int k, int limit, String close, String open) {
        if (!tokens.is(k, close)) {
            return k;
        }
        int nesting = 0;
        for (int j = k; j > limit; j--) {
            if (tokens.is(j, close)) {
                nesting++;
            } else if (tokens.is(j, open) && --nesting == 0) {
                return j - 1;
            }
        }
        return k;
    }

    private int matching(int open, int limit) {
        int nesting = 0;
        for (int k = open; k < limit; k++) {
            if (tokens.is(k, '(')) {
                nesting++;
            } else if (tokens.is(k, ')') && --nesting == 0) {
                return k;
            }
        }
        return -1;
    }

    private int matchingBackwards(int close, int limit) {
        int nesting = 0;
        for (int k = close; k >= limit; k--) {
            if (tokens.is(k, ')')) {
                nesting++;
            } else if (tokens.is(k, '(') && --nesting == 0) {
                return k;
            }
        }
        return -1;
    }

    private Frame frame(Frame.Kind kind, String name, int brace) {
        return new Frame(kind, name, tokens.line(brace), order++, depth, false, false);
    }

    private void ensureDepth() {
        if (depth >= segmentStart.length) {
            segmentStart = Arrays.copyOf(segmentStart, segmentStart.length * 2);
        }
    }

    private int firstOnLine(int start, int index) {
        int k = index;
        while (k > start && tokens.line(k - 1) == tokens.line(index)) {
            k--;
        }
        return k;
    }
}
