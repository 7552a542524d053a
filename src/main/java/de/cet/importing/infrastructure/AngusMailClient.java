package de.cet.importing.infrastructure;

import de.cet.importing.application.MailClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.LongUnaryOperator;
import javax.net.ssl.SSLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * IMAP through Angus Mail (Jakarta Mail): the folder is opened read-only and nothing on the server is
 * changed (no flags set, nothing deleted), so the record of processed UIDs is the only state. Errors are
 * turned into short sentences that name the server but never the password; Angus Mail's debug output
 * (which would show the LOGIN command) stays off.
 */
@ApplicationScoped
class AngusMailClient implements MailClient {

    private final int timeoutMillis;
    private final boolean trustAll;

    AngusMailClient(@ConfigProperty(name = "cet.importing.mail.timeout") java.time.Duration timeout,
                    @ConfigProperty(name = "cet.importing.mail.trust-all-certificates", defaultValue = "false") boolean trustAll) {
        this.timeoutMillis = (int) timeout.toMillis();
        this.trustAll = trustAll;
    }

    @Override
    public Batch fetch(Server server, LongUnaryOperator afterUid, int max, long maxAttachmentBytes) {
        Store store = null;
        Folder folder = null;
        try {
            store = connect(server);
            folder = open(store, server);
            UIDFolder uids = (UIDFolder) folder;
            long validity = uids.getUIDValidity();
            long after = afterUid.applyAsLong(validity);
            Message[] messages = uids.getMessagesByUID(after + 1, UIDFolder.MAXUID);
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            profile.add(FetchProfile.Item.ENVELOPE);
            folder.fetch(messages, profile);
            List<Message> ordered = new ArrayList<>(Arrays.asList(messages));
            ordered.removeIf(m -> m == null || uid(uids, m) <= after); // "n:*" answers the last mail even when n is beyond it
            ordered.sort(Comparator.comparingLong(m -> uid(uids, m)));
            List<Fetched> out = new ArrayList<>();
            for (Message m : ordered.subList(0, Math.min(max, ordered.size()))) {
                out.add(read(uids.getUID(m), m, maxAttachmentBytes));
            }
            return new Batch(validity, out);
        } catch (MessagingException | IOException e) {
            throw failure(server, e);
        } finally {
            close(folder, store);
        }
    }

    @Override
    public void check(Server server) {
        Store store = null;
        Folder folder = null;
        try {
            store = connect(server);
            folder = open(store, server);
        } catch (MessagingException e) {
            throw failure(server, e);
        } finally {
            close(folder, store);
        }
    }

    private Store connect(Server server) throws MessagingException {
        String protocol = server.tls() ? "imaps" : "imap";
        Properties p = new Properties();
        String prefix = "mail." + protocol + ".";
        p.put(prefix + "connectiontimeout", String.valueOf(timeoutMillis));
        p.put(prefix + "timeout", String.valueOf(timeoutMillis));
        p.put(prefix + "writetimeout", String.valueOf(timeoutMillis));
        if (server.tls()) {
            p.put(prefix + "ssl.checkserveridentity", String.valueOf(!trustAll));
            if (trustAll) {
                p.put(prefix + "ssl.trust", "*");
            }
        } else {
            p.put(prefix + "starttls.enable", "true");
        }
        Session session = Session.getInstance(p);
        session.setDebug(false);
        Store store = session.getStore(protocol);
        store.connect(server.host(), server.port(), server.username(), server.password());
        return store;
    }

    private static Folder open(Store store, Server server) throws MessagingException {
        Folder folder = store.getFolder(server.folder());
        folder.open(Folder.READ_ONLY);
        return folder;
    }

    private static long uid(UIDFolder uids, Message m) {
        try {
            return uids.getUID(m);
        } catch (MessagingException e) {
            return -1;
        }
    }

    private static Fetched read(long uid, Message m, long maxAttachmentBytes) throws MessagingException, IOException {
        String[] ids = m.getHeader("Message-ID");
        String messageId = ids == null || ids.length == 0 ? null : ids[0].strip();
        Address[] from = m.getFrom();
        String sender = from == null || from.length == 0 ? null
            : from[0] instanceof InternetAddress ia ? ia.getAddress() : from[0].toString();
        Instant sent = m.getSentDate() == null ? null : m.getSentDate().toInstant();
        StringBuilder text = new StringBuilder();
        List<Part> parts = new ArrayList<>();
        walk(m, text, parts, maxAttachmentBytes);
        return new Fetched(uid, messageId, sender, m.getSubject(), sent, text.toString(), parts);
    }

    private static void walk(jakarta.mail.Part p, StringBuilder text, List<Part> parts, long max)
        throws MessagingException, IOException {
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                walk(mp.getBodyPart(i), text, parts, max);
            }
            return;
        }
        String disposition = p.getDisposition();
        String name = p.getFileName() == null ? null : MimeUtility.decodeText(p.getFileName());
        boolean attachment = jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(disposition) || name != null;
        if (!attachment && p.isMimeType("text/plain")) {
            text.append(p.getContent()).append('\n');
            return;
        }
        if (!attachment && p.isMimeType("text/html")) {
            if (text.isEmpty()) {
                text.append(String.valueOf(p.getContent()).replaceAll("(?i)<br\\s*/?>|</p>|</div>|</tr>", "\n")
                    .replaceAll("<[^>]*>", "")).append('\n');
            }
            return;
        }
        parts.add(new Part(name == null ? p.getContentType().toLowerCase(Locale.ROOT) : name, bytes(p, max)));
    }

    /** The part's bytes, or a single byte more than the limit (then only its size matters: it is ignored). */
    private static byte[] bytes(jakarta.mail.Part p, long max) throws MessagingException, IOException {
        try (InputStream in = p.getInputStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
    }

    private static void close(Folder folder, Store store) {
        try {
            if (folder != null && folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException ignored) {
            // closing a read-only folder changes nothing on the server
        }
        try {
            if (store != null) {
                store.close();
            }
        } catch (MessagingException ignored) {
            // the connection is gone either way
        }
    }

    /** A sentence naming the server and the kind of failure; never the password, never a stack trace. */
    static MailException failure(Server server, Exception e) {
        String where = server.host() + ":" + server.port();
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message;
        if (e instanceof AuthenticationFailedException) {
            message = "The server " + where + " refused the user name or password.";
        } else if (e instanceof FolderNotFoundException) {
            message = "The folder '" + server.folder() + "' does not exist on " + where + ".";
        } else if (cause instanceof ConnectException) {
            message = "The connection to " + where + " was refused.";
        } else if (cause instanceof UnknownHostException) {
            message = "The host " + server.host() + " is unknown.";
        } else if (cause instanceof SocketTimeoutException) {
            message = "The server " + where + " did not answer in time.";
        } else if (cause instanceof SSLException || cause instanceof java.security.cert.CertificateException) {
            message = "The TLS connection to " + where + " failed (certificate or protocol).";
        } else {
            message = "Reading the mailbox on " + where + " failed (" + e.getClass().getSimpleName() + ").";
        }
        return new MailException(message);
    }
}
