package org.classcruncher.web.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.classcruncher.account.boundary.Accounts;
import org.classcruncher.account.boundary.SchoolView;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.InvalidSchoolException;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.school.boundary.SchoolInputs;
import org.classcruncher.school.entity.SavedInputs;
import org.classcruncher.problem.InvalidRequest;
import org.classcruncher.web.csv.CsvImportException;
import org.classcruncher.web.csv.SchoolCsv;
import org.classcruncher.web.security.CurrentCaller;

/** The district's schools: each user sees the ones they plan for; district admins add and rename schools. */
@Path("schools")
@Produces(MediaType.APPLICATION_JSON)
public class SchoolsResource {

    @Inject
    Accounts accounts;

    @Inject
    SchoolInputs inputs;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @GET
    public List<SchoolView> list() {
        return accounts.schools(caller.get());
    }

    /** 201 Created. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SchoolView school) {
        SchoolView created = accounts.createSchool(caller.get(), school);
        URI location = uriInfo.getAbsolutePathBuilder().path(created.id()).build();
        return Response.created(location).entity(created).build();
    }

    /**
     * Renames a school (district admins): the body is the school, {@code {"name": "…"}}; an {@code id} in it, if any,
     * must be the path's. Its id, accounts, solves and inputs stay as they are.
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SchoolView rename(@PathParam("id") String id, SchoolView school) {
        if (school == null) {
            throw new InvalidRequest("body", "the request needs the school as JSON, e.g. {\"name\": \"Riverside "
                    + "Academy\"}");
        }
        if (school.id() != null && !school.id().equals(id)) {
            throw new InvalidRequest("id", "a school's id does not change: leave id out, or give the path's");
        }
        return accounts.renameSchool(caller.get(), id, school.name());
    }

    /** The school's newest inputs: what its plan form opens with. 404 when none were saved yet. */
    @GET
    @Path("{id}/inputs")
    public SavedInputs inputs(@PathParam("id") String id) {
        return inputs.latest(caller.get(), schoolId(id));
    }

    /** Saves the school's inputs as its newest version (the same inputs again: the newest version, unchanged). */
    @PUT
    @Path("{id}/inputs")
    @Consumes(MediaType.APPLICATION_JSON)
    public SavedInputs saveInputs(@PathParam("id") String id, SchoolRequest school) {
        if (school == null) {
            throw new InvalidSchoolException("body", "the request needs the school's inputs as JSON");
        }
        return inputs.save(caller.get(), schoolId(id), school);
    }

    /** A page of the school's kept versions, newest first ({@code size} 1–100, default 20). */
    @GET
    @Path("{id}/inputs/versions")
    public List<SavedInputs> inputVersions(@PathParam("id") String id, @QueryParam("page") String page,
                                           @QueryParam("size") String size) {
        return inputs.versions(caller.get(), schoolId(id), Parameters.whole(page, "page", 0, 1_000_000, 0),
                Parameters.whole(size, "size", 1, 100, 20));
    }

    /** One version of the school's inputs. */
    @GET
    @Path("{id}/inputs/versions/{version}")
    public SavedInputs inputVersion(@PathParam("id") String id, @PathParam("version") String version) {
        return inputs.version(caller.get(), schoolId(id), Parameters.whole(version, "version", 1,
                Integer.MAX_VALUE, 1));
    }

    /** The grades of the school's newest inputs as CSV, one row per grade, for a spreadsheet. */
    @GET
    @Path("{id}/inputs.csv")
    @Produces(SchoolCsv.MEDIA_TYPE)
    public Response inputsCsv(@PathParam("id") String id) {
        SavedInputs saved = inputs.latest(caller.get(), schoolId(id));
        return Response.ok(SchoolCsv.write(saved.inputs().grades()))
                .header("Content-Disposition", "attachment; filename=\"" + saved.schoolId() + "-grades.csv\"")
                .build();
    }

    /**
     * Replaces the grades of the school's newest inputs with those of a CSV file and saves them as a new version.
     * The file holds the grades only, so the school needs saved inputs first (teachers, composites…).
     */
    @PUT
    @Path("{id}/inputs.csv")
    @Consumes(SchoolCsv.MEDIA_TYPE)
    public SavedInputs importCsv(@PathParam("id") String id, InputStream body) throws IOException {
        String school = schoolId(id);
        inputs.latest(caller.get(), school);
        String csv = new String(BodyLimits.read(body, BodyLimits.DEFAULT_BODY_BYTES), StandardCharsets.UTF_8);
        List<GradeSpec> grades;
        try {
            grades = SchoolCsv.read(csv);
        } catch (CsvImportException e) {
            throw new InvalidRequest(e.column() == null ? "csv" : "csv[" + e.row() + "]." + e.column(),
                    e.getMessage());
        }
        return inputs.replaceGrades(caller.get(), school, grades);
    }

    /** A CSV file to fill in: the header and grades K to 6 with common class sizes. */
    @GET
    @Path("inputs-template.csv")
    @Produces(SchoolCsv.MEDIA_TYPE)
    public Response inputsTemplate() {
        return Response.ok(SchoolCsv.template())
                .header("Content-Disposition", "attachment; filename=\"grades-template.csv\"")
                .build();
    }

    private static String schoolId(String id) {
        String text = Parameters.text(id, "id");
        if (text == null) {
            throw new InvalidRequest("id", "name the school");
        }
        return text;
    }
}
