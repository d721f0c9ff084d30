package cn.hongqi.feedback.staff.account;

import cn.hongqi.feedback.apidocs.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.hongqi.feedback.accounts.AccountDirectory;
import cn.hongqi.feedback.accounts.StaffRegistry;
import cn.hongqi.feedback.events.StaffAccount;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code /api/v1/staff/accounts}: staff console accounts, for ADMIN staff over HTTP Basic. */
@RestController
@Tag(name = "账号与审计 Accounts and audit")
class StaffAccountApiController {

    private final StaffRegistry registry;
    private final AccountDirectory<StaffAccount> directory;

    StaffAccountApiController(StaffRegistry registry, AccountDirectory<StaffAccount> directory) {
        this.registry = registry;
        this.directory = directory;
    }

    @GetMapping("/api/v1/staff/accounts")
    @Operation(operationId = "listStaffAccounts", summary = "全部工作人员账号 All staff accounts")
    @ApiResponse(responseCode = "200", description = "工作人员账号列表，不含密码 The accounts, without passwords")
    List<StaffAccountView> all() {
        return directory.all().stream().map(StaffAccountView::of).toList();
    }

    /** The answer holds the one-time password; it is shown nowhere else, ever. */
    @PostMapping("/api/v1/staff/accounts")
    @Operation(operationId = "openStaffAccount", summary = "开设工作人员账号 Open a staff account",
            description = "回答中的一次性密码只出现这一次。The one-time password is in this answer and nowhere else, ever.")
    @ApiResponse(responseCode = "201", description = "已开设 Opened")
    @ApiResponse(responseCode = "409", description = "用户名已被使用 The username is taken", content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @AccountRefusals
    @ResponseStatus(HttpStatus.CREATED)
    StaffAccountView open(@RequestBody StaffAccountRequest request, Authentication admin) {
        return StaffAccountView.issued(registry.open(request.username(), request.displayName(), request.role(), admin.getName()));
    }

    @PostMapping("/api/v1/staff/accounts/{username}/password")
    @Operation(operationId = "resetStaffAccountPassword", summary = "重置密码 Issue a new one-time password")
    @ApiResponse(responseCode = "200", description = "新的一次性密码 The new one-time password")
    @AccountRefusals
    StaffAccountView resetPassword(@PathVariable String username, Authentication admin) {
        return StaffAccountView.issued(registry.resetPassword(username, admin.getName()));
    }

    @PostMapping("/api/v1/staff/accounts/{username}/role")
    @Operation(operationId = "changeStaffAccountRole", summary = "更改角色 Change the role")
    @ApiResponse(responseCode = "200", description = "已更改 Changed")
    @AccountRefusals
    StaffAccountView changeRole(@PathVariable String username, @Parameter(description = "STAFF、MODERATOR 或 ADMIN", example = "MODERATOR") @RequestParam String role, Authentication admin) {
        return StaffAccountView.of(registry.changeRole(username, role, admin.getName()));
    }

    @PostMapping("/api/v1/staff/accounts/{username}/close")
    @Operation(operationId = "closeStaffAccount", summary = "关闭账号 Close the account")
    @ApiResponse(responseCode = "200", description = "已关闭 Closed")
    @AccountRefusals
    StaffAccountView close(@PathVariable String username, Authentication admin) {
        return StaffAccountView.of(registry.close(username, admin.getName()));
    }
}
