package dev.codevault.backend.ada;

import dev.codevault.backend.testing.Tenant;
import dev.codevault.backend.testing.TenantResourceFixture;
import dev.codevault.common.ada.AdaQuestion;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** Gives the isolation test a question for Ada's chat. The vault ids come from the vault feature's fixture. */
@Singleton
class AdaIsolationFixture implements TenantResourceFixture {

    @Override
    public Map<String, String> create(Tenant tenant) {
        return Map.of();
    }

    @Override
    public Map<Class<?>, Object> exampleBodies() {
        return Map.of(AdaQuestion.class, new AdaQuestion("What does this code base consist of?", List.of()));
    }
}
