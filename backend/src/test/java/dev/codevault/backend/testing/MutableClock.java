package dev.codevault.backend.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock plus an offset that tests move forward, to expire passcodes, challenges and tokens without
 * waiting. Replaces the server's clock only in test classes that set {@code codevault.test.mutable-clock=true}.
 */
@Singleton
@Replaces(Clock.class)
@Requires(property = "codevault.test.mutable-clock", value = "true")
public class MutableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves the clock forward. */
    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock runs in UTC only");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
