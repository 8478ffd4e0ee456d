package dev.codevault.backend.testing;

import java.util.HashMap;
import java.util.Map;

/** Server settings for tests that run the job queue: short intervals so jobs start and retry within seconds. */
public final class PipelineSettings {

    private PipelineSettings() {
    }

    /** Returns the settings of a server on the given database with a fresh data folder and a fast queue. */
    public static Map<String, String> on(MariaDbDatabase database) {
        Map<String, String> properties = new HashMap<>(database.serverProperties());
        properties.put("codevault.data-dir", TempFolders.create("codevault-pipeline").toString());
        properties.put("codevault.jobs.polling-interval", "200ms");
        properties.put("codevault.jobs.heartbeat-interval", "1s");
        properties.put("codevault.jobs.missed-heartbeats-limit", "4");
        properties.put("codevault.jobs.first-retry-delay", "200ms");
        properties.put("codevault.jobs.max-attempts", "2");
        properties.put("codevault.jobs.sweep-interval", "2s");
        properties.put("codevault.analysis.threads", "2");
        return properties;
    }
}
