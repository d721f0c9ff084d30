package cn.hongqi.feedback.staff.account;

/** What an admin fills in to open a delegate account; the password is generated. */
record DelegateRequest(String username, String displayName, String delegation) {
}
