package cn.hongqi.feedback.portal;

import cn.hongqi.feedback.testsupport.openapi.ApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The public API against its document, on the running portal: {@code docs/openapi/portal.json} is
 * what the portal serves, it covers every {@code /api/**} route, and its examples are what the portal
 * really answers. Regenerate the committed document with {@code -Dfeedback.openapi.write=true}.
 */
@PortalIntegrationTest
class ApiContractTests {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ApiContract contract;

    @BeforeEach
    void connect() {
        contract = new ApiContract(URI.create("http://127.0.0.1:" + port), null);
    }

    @TestFactory
    Stream<DynamicTest> thePortalKeepsToItsDocument() throws Exception {
        return contract.everyCheck("portal", "portal-service", mappings, Map.of());
    }
}
