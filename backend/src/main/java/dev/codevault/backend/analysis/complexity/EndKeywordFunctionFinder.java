package dev.codevault.backend.analysis.complexity;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Finds Ruby functions: {@code def}, {@code class} and {@code module} open blocks closed by {@code end}, and so do
 * {@code if}, {@code unless}, {@code while}, {@code until}, {@code case}, {@code begin}, {@code for} and
 * {@code do} where they start a statement. A trailing {@code if} or {@code unless} modifier opens nothing.
 */
final class EndKeywordFunctionFinder {

    private static final Set<String> MODIFIABLE = Set.of("if", "unless", "while", "until", "rescue");
    private static final Set<String> ALWAYS_OPEN = Set.of("case", "begin", "for");
    private static final Set<String> LOOPS = Set.of("while", "until", "for");
    private static final Set<String> EXPRESSION_START = Set.of("=", "(", ",", "[", "{", "||", "&&", "return", "and",
            "or", "not", "then", "do", "+=", "-=", "||=", "&&=", "<<", "?", ":", "!", "else", "begin", "when");

    private final CodeTokens tokens;
    private final Decisions decisions;
    private final FunctionCollector collector = new FunctionCollector();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private int order;
    private int loopLine = -1;

    EndKeywordFunctionFinder(CodeTokens tokens, Decisions decisions) {
        this.tokens = tokens;
        this.decisions = decisions;
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
        addDecisions(decisions.at(tokens, i));
        if (tokens.type(i) != CodeTokens.WORD || tokens.is(i - 1, '.') || isSymbolOrKey(i)) {
            return;
        }
        String word = tokens.text(i);
        switch (word) {
            case "def" -> openDefinition(i);
            case "class", "module" -> open(tokens.is(i + 1, "<<") ? Frame.Kind.BLOCK : Frame.Kind.CLASS, i,
                    nameAfter(i));
            case "end" -> {
                if (!frames.isEmpty()) {
                    close(frames.pop(), tokens.line(i));
                }
            }
            case "do" -> {
                if (loopLine != tokens.line(i)) {
                    open(Frame.Kind.BLOCK, i, "");
                }
                loopLine = -1;
            }
            default -> openControl(i, word);
        }
    }

    private void openDefinition(int i) {
        String name = nameAfter(i);
        int k = i + 1;
        while (k < tokens.size() && tokens.line(k) == tokens.line(i) && !tokens.is(k, '(') && !tokens.is(k, '=')) {
            k++;
        }
        if (tokens.is(k, '(')) {
            k = skipParentheses(k);
        }
        boolean endless = tokens.is(k, '=') && tokens.line(k) == tokens.line(i);
        if (!endless) {
            open(Frame.Kind.FUNCTION, i, name);
        }
    }

    private void openControl(int i, String word) {
        boolean statementStart = i == 0 || tokens.line(i - 1) < tokens.line(i) || tokens.is(i - 1, ';')
                || EXPRESSION_START.contains(tokens.text(i - 1));
        if (ALWAYS_OPEN.contains(word) || MODIFIABLE.contains(word) && statementStart && !word.equals("rescue")) {
            open(Frame.Kind.BLOCK, i, "");
            if (LOOPS.contains(word)) {
                loopLine = tokens.line(i);
            }
        }
    }

    private boolean isSymbolOrKey(int i) {
        boolean symbol = tokens.is(i - 1, ':') && !tokens.spaceBefore(i);
        boolean key = tokens.is(i + 1, ':') && !tokens.spaceAfter(i) && !tokens.is(i + 2, ':');
        return symbol || key;
    }

    private String nameAfter(int i) {
        StringBuilder name = new StringBuilder();
        int k = i + 1;
        while (k < tokens.size() && tokens.line(k) == tokens.line(i)) {
            boolean part = tokens.type(k) == CodeTokens.WORD || tokens.is(k, '.') || tokens.is(k, "::");
            boolean operator = name.length() == 0 && tokens.type(k) == CodeTokens.PUNCTUATION && !tokens.is(k, '(');
            if (!part && !operator) {
                break;
            }
            name.append(tokens.text(k));
            k++;
            if (operator || tokens.is(k, '?') || tokens.is(k, '!') || tokens.is(k, '=') && !tokens.spaceBefore(k)) {
                if (!operator) {
                    name.append(tokens.text(k));
                }
                break;
            }
        }
        return name.length() == 0 ? "(anonymous)" : name.toString();
    }

    private int skipParentheses(int open) {
        int nesting = 0;
        for (int k = open; k < tokens.size(); k++) {
            if (tokens.is(k, '(')) {
                nesting++;
            } else if (tokens.is(k, ')') && --nesting == 0) {
                return k + 1;
            }
        }
        return tokens.size();
    }

    private void open(Frame.Kind kind, int i, String name) {
        frames.push(new Frame(kind, name, tokens.line(i), order++, 0, false, false));
    }

    private void addDecisions(int count) {
        if (count == 0) {
            return;
        }
        for (Frame frame : frames) {
            if (frame.kind == Frame.Kind.FUNCTION) {
                frame.decisions += count;
                return;
            }
            if (frame.kind == Frame.Kind.CLASS) {
                break;
            }
        }
        collector.topLevel(count);
    }

    private void close(Frame frame, int endLine) {
        if (frame.kind != Frame.Kind.FUNCTION) {
            return;
        }
        boolean singleton = frame.name.startsWith("self.");
        StringBuilder name = new StringBuilder(singleton ? frame.name.substring("self.".length()) : frame.name);
        String separator = singleton ? "." : "#";
        for (Frame outer : frames) {
            if (outer.kind == Frame.Kind.CLASS || outer.kind == Frame.Kind.FUNCTION) {
                name.insert(0, outer.name + separator);
                separator = ".";
            }
        }
        collector.function(name.toString(), frame.startLine, endLine, frame.decisions, frame.order);
    }
}
