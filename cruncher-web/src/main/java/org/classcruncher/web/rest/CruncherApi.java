package org.classcruncher.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, version 1. Resources and exception mappers are found by scanning. */
@ApplicationPath("api/v1")
public class CruncherApi extends Application {
}
