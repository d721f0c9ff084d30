package cn.hongqi.feedback.events;

import java.util.Arrays;
import java.util.List;

/** What a staff account may do; each role includes everything the roles before it may do. */
public enum StaffRole {
    /** Read, search, summaries and export. */
    STAFF,
    /** Plus moderation and official replies. */
    MODERATOR,
    /** Plus staff and delegate accounts, report import and personal contact data. */
    ADMIN;

    /** The Spring Security role names this role holds, itself and every lesser role. */
    public List<String> grants() {
        return Arrays.stream(values()).filter(role -> role.ordinal() <= ordinal()).map(Enum::name).toList();
    }
}
