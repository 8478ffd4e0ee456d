package dev.codevault.backend.auth.page;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sign-in page's files from the class path, read once, and the HTML filled with escaped values. */
@Singleton
class PageResources {

    private final String pageTemplate = read("sign-in/sign-in.html");
    private final String errorTemplate = read("sign-in/sign-in-error.html");
    private final String script = read("sign-in/sign-in.js");
    private final String style = read("sign-in/sign-in.css");

    /** Returns the page with the app's parameters in data attributes. */
    String page(SignInPageController.AppRequest app) {
        return pageTemplate
                .replace("{{redirectUri}}", escape(app.redirectUri()))
                .replace("{{state}}", escape(app.state()))
                .replace("{{codeChallenge}}", escape(app.codeChallenge()));
    }

    /** Returns the error page with a message. */
    String errorPage(String message) {
        return errorTemplate.replace("{{message}}", escape(message));
    }

    String script() {
        return script;
    }

    String style() {
        return style;
    }

    /** Escapes text for an HTML element or a quoted attribute. */
    static String escape(@Nullable String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String read(String resource) {
        try (InputStream in = PageResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the class path resource " + resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource + " failed", e);
        }
    }
}
