package dev.codevault.desktop.server;

import io.micronaut.discovery.ServiceInstance;
import io.micronaut.discovery.ServiceInstanceList;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Points the declarative clients with the id {@value #ID} at {@link CurrentServer}. The client asks for the
 * instance on every request, so a change of server takes effect without rebuilding the clients.
 */
@Singleton
public class CodeVaultServerInstances implements ServiceInstanceList {

    /** Client id of every declarative client that talks to the CodeVault server. */
    public static final String ID = "codevault";

    private final CurrentServer currentServer;

    CodeVaultServerInstances(CurrentServer currentServer) {
        this.currentServer = currentServer;
    }

    @Override
    public String getID() {
        return ID;
    }

    @Override
    public List<ServiceInstance> getInstances() {
        return List.of(ServiceInstance.of(ID, currentServer.requestUri()));
    }
}
