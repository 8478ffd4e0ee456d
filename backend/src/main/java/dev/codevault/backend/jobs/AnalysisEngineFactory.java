package dev.codevault.backend.jobs;

import dev.codevault.backend.analysis.AnalysisEngine;
import dev.codevault.backend.analysis.AnalysisOptions;
import dev.codevault.backend.analysis.lang.LanguageEngines;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

/** Provides the analysis engine the workers share; the language definitions load once. */
@Factory
class AnalysisEngineFactory {

    @Singleton
    AnalysisEngine analysisEngine(@Property(name = "codevault.analysis.threads", defaultValue = "0") int threads) {
        AnalysisOptions options = AnalysisOptions.defaults();
        if (threads > 0) {
            options = options.withThreads(threads);
        }
        return new AnalysisEngine(LanguageEngines.standard(), options);
    }
}
