-- A one-time token (reset, invitation, verification) no longer sits in a mail body (issue 12): the body
-- holds a placeholder and the token is kept encrypted in secret_sealed only until the mail is sent or
-- given up (then it is set to null).
alter table outbox_mail add column secret_sealed text;

-- Mails rendered before this version carry their 43-character token in the body: remove it from those
-- already sent or given up. Pending ones still need it to be delivered.
update outbox_mail
   set body_text = regexp_replace(body_text, '[A-Za-z0-9_-]{43}', '[removed]', 'g')
 where template in ('password-reset', 'invitation', 'bootstrap-invitation', 'email-verification')
   and status in ('SENT', 'DEAD');
