package cn.hongqi.feedback.staff;

import cn.hongqi.feedback.testsupport.openapi.ApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The staff API against its document, on the running service with the admin's credentials:
 * {@code docs/openapi/staff.json} is what the service serves, it covers every {@code /api/**} route,
 * and its examples are what the service really answers. Regenerate the committed document with
 * {@code -Dfeedback.openapi.write=true}.
 */
@StaffIntegrationTest
class ApiContractTests {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    SeededComments seeded;

    ApiContract contract;

    @BeforeEach
    void connect() {
        String credentials = SeededComments.STAFF_USER + ":" + SeededComments.STAFF_PASSWORD;
        contract = new ApiContract(URI.create("http://127.0.0.1:" + port),
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /** The moderation examples act on a comment that exists, so that the one that should succeed can. */
    @TestFactory
    Stream<DynamicTest> theServiceKeepsToItsDocument() throws Exception {
        String commentId = seeded.add("3.5", SeededComments.uniqueWord() + " 希望加快老旧小区加装电梯，我家住六楼。");
        return contract.everyCheck("staff", "staff-service", mappings, Map.of("commentId", commentId));
    }
}
