package dev.codevault.desktop.auth;

import java.net.URI;

/**
 * The sign-in page of a browser sign-in that no browser could open, so the person opens it by hand in a browser on
 * this computer. The address carries the sign-in's {@code state}, so it goes to the screen and never to the log.
 *
 * @param address the sign-in page with this sign-in's parameters
 * @param reason  why no browser opened, written for the user
 */
public record PageToOpenByHand(URI address, String reason) {
}
