package cn.hongqi.feedback.staff.account;

import cn.hongqi.feedback.apidocs.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.hongqi.feedback.events.DelegateAccount;
import cn.hongqi.feedback.accounts.AccountDirectory;
import cn.hongqi.feedback.accounts.DelegateRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code /api/v1/staff/delegates}: delegate accounts, for ADMIN staff over HTTP Basic. */
@RestController
@Tag(name = "账号与审计 Accounts and audit")
class DelegateApiController {

    private final DelegateRegistry registry;
    private final AccountDirectory<DelegateAccount> directory;

    DelegateApiController(DelegateRegistry registry, AccountDirectory<DelegateAccount> directory) {
        this.registry = registry;
        this.directory = directory;
    }

    @GetMapping("/api/v1/staff/delegates")
    @Operation(operationId = "listDelegates", summary = "全部人大代表账号 All delegate accounts")
    @ApiResponse(responseCode = "200", description = "人大代表账号列表，不含密码 The accounts, without passwords")
    List<DelegateView> all() {
        return directory.all().stream().map(DelegateView::of).toList();
    }

    /** The answer holds the one-time password; it is shown nowhere else, ever. */
    @PostMapping("/api/v1/staff/delegates")
    @Operation(operationId = "openDelegate", summary = "开设人大代表账号 Open a delegate account",
            description = "回答中的一次性密码只出现这一次。The one-time password is in this answer and nowhere else, ever.")
    @ApiResponse(responseCode = "201", description = "已开设 Opened")
    @ApiResponse(responseCode = "409", description = "用户名已被使用 The username is taken", content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @AccountRefusals
    @ResponseStatus(HttpStatus.CREATED)
    DelegateView open(@RequestBody DelegateRequest request, Authentication admin) {
        return DelegateView.issued(registry.open(request.username(), request.displayName(), request.delegation(), admin.getName()));
    }

    @PostMapping("/api/v1/staff/delegates/{username}/password")
    @Operation(operationId = "resetDelegatePassword", summary = "重置密码 Issue a new one-time password")
    @ApiResponse(responseCode = "200", description = "新的一次性密码 The new one-time password")
    @AccountRefusals
    DelegateView resetPassword(@PathVariable String username, Authentication admin) {
        return DelegateView.issued(registry.resetPassword(username, admin.getName()));
    }

    @PostMapping("/api/v1/staff/delegates/{username}/close")
    @Operation(operationId = "closeDelegate", summary = "关闭账号 Close the account")
    @ApiResponse(responseCode = "200", description = "已关闭 Closed")
    @AccountRefusals
    DelegateView close(@PathVariable String username, Authentication admin) {
        return DelegateView.of(registry.close(username, admin.getName()));
    }
}
