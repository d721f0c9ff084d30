package cn.hongqi.feedback.apidocs;

/** What the controllers' API annotations share; the problem schema itself is in each service's {@code openapi/document.json}. */
public final class ApiDocs {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String PROBLEM = "#/components/schemas/Problem";
    public static final String RETRY_AFTER = "Retry-After";

    private ApiDocs() {
    }
}
