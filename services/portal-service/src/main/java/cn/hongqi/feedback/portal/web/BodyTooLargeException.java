package cn.hongqi.feedback.portal.web;

import java.io.IOException;

/** A request body crossed the portal's limit while it was being read. */
public class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }
}
