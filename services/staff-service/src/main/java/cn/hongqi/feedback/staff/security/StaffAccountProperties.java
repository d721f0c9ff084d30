package cn.hongqi.feedback.staff.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * The initial administrator. The password is never in configuration files: it comes from the
 * environment ({@code FEEDBACK_ADMIN_PASSWORD}) or from a file readable only by its owner, which
 * {@code ./feedback up} generates on the first start.
 */
@ConfigurationProperties(prefix = "feedback.staff.admin")
record StaffAccountProperties(String username, String password, Path passwordFile) {
}
