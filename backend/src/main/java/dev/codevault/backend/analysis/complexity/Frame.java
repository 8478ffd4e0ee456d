package dev.codevault.backend.analysis.complexity;

/** One open block while a finder walks the code: a function, a type, a match block, a lambda or a plain block. */
final class Frame {

    enum Kind { BLOCK, CLASS, FUNCTION, LAMBDA, MATCH }

    final Kind kind;
    final String name;
    final int startLine;
    final int order;
    /** Parenthesis depth where the block opened, restored when it closes; for indentation, the header's indent. */
    final int depth;
    /** {@code true} for an enum body, where {@code case} declares a constant instead of a branch. */
    final boolean enumBody;
    /** {@code true} when each match arrow directly in this block adds a path, as in a Rust {@code match}. */
    final boolean match;
    int decisions;
    int lastLine;

    Frame(Kind kind, String name, int startLine, int order, int depth, boolean enumBody, boolean match) {
        this.kind = kind;
        this.name = name;
        this.startLine = startLine;
        this.order = order;
        this.depth = depth;
        this.enumBody = enumBody;
        this.match = match;
        this.lastLine = startLine;
    }
}
