package dev.codevault.backend.analysis.complexity;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds Python functions: a {@code def} opens a function whose body is every following logical line indented
 * deeper than the {@code def}; {@code class} does the same for a type that qualifies the names inside it.
 * Decisions go to the innermost function, so lambdas and comprehensions count in the function around them.
 */
final class IndentFunctionFinder {

    private final CodeTokens tokens;
    private final Decisions decisions;
    private final FunctionCollector collector = new FunctionCollector();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private int order;

    IndentFunctionFinder(CodeTokens tokens, Decisions decisions) {
        this.tokens = tokens;
        this.decisions = decisions;
    }

    ComplexityResult find() {
        int i = 0;
        while (i < tokens.size()) {
            int end = logicalLineEnd(i);
            logicalLine(i, end);
            i = end;
        }
        while (!frames.isEmpty()) {
            close(frames.pop());
        }
        return collector.result(tokens.lastLine());
    }

    private int logicalLineEnd(int start) {
        int nesting = 0;
        int k = start;
        while (k < tokens.size()) {
            if (tokens.is(k, '(') || tokens.is(k, '[') || tokens.is(k, '{')) {
                nesting++;
            } else if (tokens.is(k, ')') || tokens.is(k, ']') || tokens.is(k, '}')) {
                nesting = Math.max(0, nesting - 1);
            }
            boolean lineEnds = k + 1 >= tokens.size() || tokens.line(k + 1) != tokens.line(k);
            k++;
            if (lineEnds && nesting == 0 && !tokens.is(k - 1, "\\")) {
                return k;
            }
        }
        return k;
    }

    private void logicalLine(int start, int end) {
        int indent = tokens.indent(start);
        while (!frames.isEmpty() && frames.peek().depth >= indent) {
            close(frames.pop());
        }
        int header = tokens.is(start, "async") ? start + 1 : start;
        if (tokens.is(header, "def") && header + 1 < end) {
            frames.push(new Frame(Frame.Kind.FUNCTION, tokens.text(header + 1), tokens.line(header), order++, indent,
                    false, false));
        } else if (tokens.is(header, "class") && header + 1 < end) {
            frames.push(new Frame(Frame.Kind.CLASS, tokens.text(header + 1), tokens.line(header), order++, indent,
                    false, false));
        }
        int count = 0;
        for (int k = start; k < end; k++) {
            count += decisions.at(tokens, k);
        }
        addDecisions(count);
        int lastLine = tokens.line(end - 1);
        frames.forEach(frame -> frame.lastLine = lastLine);
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

    private void close(Frame frame) {
        if (frame.kind != Frame.Kind.FUNCTION) {
            return;
        }
        StringBuilder name = new StringBuilder(frame.name);
        for (Frame outer : frames) {
            name.insert(0, outer.name + ".");
        }
        collector.function(name.toString(), frame.startLine, frame.lastLine, frame.decisions, frame.order);
    }
}
