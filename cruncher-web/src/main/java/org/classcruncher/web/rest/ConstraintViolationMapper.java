package org.classcruncher.web.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A Bean Validation constraint of a boundary or resource parameter: 400, naming the parameter. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        ConstraintViolation<?> first = exception.getConstraintViolations().iterator().next();
        String path = first.getPropertyPath().toString();
        String field = path.substring(path.lastIndexOf('.') + 1);
        return Problem.invalidField(field, field + " " + first.getMessage());
    }
}
