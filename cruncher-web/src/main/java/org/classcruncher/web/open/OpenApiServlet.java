package org.classcruncher.web.open;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /openapi}, open to all: the REST API's OpenAPI document ({@code WEB-INF/openapi.yaml}). Written by
 * hand because Payara Micro's generated one is hidden by an application at the root context; an integration test
 * checks that it names every resource method the server has.
 */
@WebServlet(name = "OpenApi", urlPatterns = "/openapi")
public class OpenApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (InputStream document = getServletContext().getResourceAsStream("/WEB-INF/openapi.yaml")) {
            response.setContentType("application/yaml");
            response.setCharacterEncoding("UTF-8");
            document.transferTo(response.getOutputStream());
        }
    }
}
