package org.classcruncher.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.classcruncher.api.InvalidSchoolException;

/** A school that breaks its own rules: 400, naming the field. */
@Provider
public class InvalidSchoolMapper implements ExceptionMapper<InvalidSchoolException> {

    @Override
    public Response toResponse(InvalidSchoolException exception) {
        return Problem.invalidField(exception.field(), exception.getMessage());
    }
}
