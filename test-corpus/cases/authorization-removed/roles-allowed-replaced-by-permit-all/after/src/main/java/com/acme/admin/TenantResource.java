package com.acme.admin;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.springframework.stereotype.Component;

@Component
@Path("/tenants")
public class TenantResource {
    @Inject
    TenantStore tenants;

    @POST
    @Path("/{id}/suspend")
    @PermitAll // expect: authorization-removed
    public void suspend(@PathParam("id") String id) {
        tenants.suspend(id);
    }
}
