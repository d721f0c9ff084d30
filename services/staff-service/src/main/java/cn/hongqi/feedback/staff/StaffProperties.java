package cn.hongqi.feedback.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param contactKey the AES-256 key (base64) the portal seals contact details with
 *                   ({@code FEEDBACK_CONTACT_KEY}); staff open them for ADMIN accounts only
 */
@ConfigurationProperties(prefix = "feedback.staff")
public record StaffProperties(String contactKey) {

    @Override
    public String toString() {
        return "StaffProperties[contactKey hidden]";
    }
}
