package org.classcruncher.account.boundary;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.classcruncher.account.control.RandomPasswords;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On a server with no account yet, creates the district admin {@code admin}. Its password is the setting
 * {@code cruncher.admin.initialPassword} (CRUNCHER_ADMIN_INITIALPASSWORD) when given; otherwise a random one-time
 * password, printed once in the server log and to be changed at the first login.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdmin {

    public static final String USERNAME = "admin";

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "cruncher.admin.initialPassword")
    Optional<String> configuredPassword;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void createWhenNoAccountExists() {
        boolean configured = configuredPassword.filter(password -> !password.isBlank()).isPresent();
        String password = configured ? configuredPassword.get() : RandomPasswords.oneTime();
        boolean created;
        try {
            created = accounts.createFirstAdmin(USERNAME, password, !configured);
        } catch (jakarta.ejb.EJBException raced) {
            // Another instance sharing the database created it at the same moment.
            LOG.info("The first district admin was created by another instance");
            return;
        }
        if (created) {
            if (configured) {
                LOG.info("Created the district admin '" + USERNAME + "' with the password from "
                        + "cruncher.admin.initialPassword");
            } else {
                LOG.warning("Created the district admin '" + USERNAME + "' with the one-time password "
                        + password + " (shown only now; change it at the first login)");
            }
        }
    }
}
