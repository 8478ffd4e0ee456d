package dev.codevault.backend.analysis.count;

/** The here-document syntax of a language; the body lines of a here-document are code. */
public enum HeredocStyle {
    /** {@code <<EOF}, {@code <<-EOF}, {@code << 'EOF'}, {@code <<"EOF"}, {@code <<\EOF}; {@code <<<} is a here-string. */
    SHELL,
    /** {@code <<~EOS}, {@code <<-EOS}, {@code <<EOS} with an upper-case identifier, quoted identifiers. */
    RUBY,
    /** {@code <<"EOF"}, {@code <<'EOF'}, {@code <<EOF}, {@code <<~EOF}. */
    PERL,
    /** {@code <<<EOT}, {@code <<<"EOT"}, {@code <<<'EOT'}; the closing identifier may be indented. */
    PHP
}
