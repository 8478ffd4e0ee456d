package dev.codevault.backend.ada;

import dev.codevault.backend.error.ApiException;
import dev.codevault.common.ada.AdaApi;
import io.micronaut.http.HttpStatus;

/** Ada cannot answer on this server; the message names what an administrator must do. */
class AdaUnavailableException extends ApiException {

    private final String problemType;

    private AdaUnavailableException(String problemType, String message) {
        super(message);
        this.problemType = problemType;
    }

    /** Returns the exception for a server whose AI service settings are missing. */
    static AdaUnavailableException notConfigured() {
        return new AdaUnavailableException(AdaApi.NOT_CONFIGURED_PROBLEM, "Ada is not configured on this server. "
                + "An administrator must set CODEVAULT_ADA_BASE_URL (the address of an OpenAI-compatible API), "
                + "CODEVAULT_ADA_API_KEY and CODEVAULT_ADA_MODEL, then restart the server.");
    }

    /** Returns the exception for a server that has the settings but no Ada service yet. */
    static AdaUnavailableException notInThisVersion() {
        return new AdaUnavailableException("ada-unavailable", "Ada's AI service settings are made, but this "
                + "version of the CodeVault server cannot run Ada yet. An administrator must update the server.");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.SERVICE_UNAVAILABLE;
    }

    @Override
    public String problemType() {
        return problemType;
    }

    @Override
    public String title() {
        return "Ada is unavailable";
    }
}
