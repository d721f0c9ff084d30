package cn.hongqi.feedback.apidocs;

import io.swagger.v3.core.util.Json;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads with swagger-core's mapper, which knows how OpenAPI models (schemas above all) are written. */
final class JsonResources {

    private JsonResources() {
    }

    static <T> T read(Resource resource, Class<T> type) {
        try (InputStream in = resource.getInputStream()) {
            return Json.mapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API document part " + resource, e);
        }
    }
}
