package cn.hongqi.feedback.staff.account;

import cn.hongqi.feedback.apidocs.ApiDocs;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The refusals every account operation documents, as {@link AccountApiProblems} gives them. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "400", description = "输入无效 Invalid input", content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
@ApiResponse(responseCode = "404", description = "没有这个账号 No such account", content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
@ApiResponse(responseCode = "503", description = "依赖的服务暂不可用 A backing service is unavailable", headers = @Header(name = ApiDocs.RETRY_AFTER, schema = @Schema(type = "integer")), content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
@interface AccountRefusals {
}
