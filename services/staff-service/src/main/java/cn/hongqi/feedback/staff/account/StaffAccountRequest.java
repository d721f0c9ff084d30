package cn.hongqi.feedback.staff.account;

/** What an admin fills in to open a staff account; the password is generated. */
record StaffAccountRequest(String username, String displayName, String role) {
}
