package dev.codevault.backend.analysis.classify;

/**
 * The Linguist gitattributes that apply to one path.
 *
 * @param vendored      {@code linguist-vendored}
 * @param generated     {@code linguist-generated}
 * @param documentation {@code linguist-documentation}
 * @param language      the value of {@code linguist-language}, or an empty string when it is not given
 */
public record LinguistAttributes(AttributeFlag vendored, AttributeFlag generated, AttributeFlag documentation,
                                 String language) {

    /** No attribute given: the built-in rules decide everything. */
    public static final LinguistAttributes NONE = new LinguistAttributes(AttributeFlag.UNSPECIFIED,
            AttributeFlag.UNSPECIFIED, AttributeFlag.UNSPECIFIED, "");
}
