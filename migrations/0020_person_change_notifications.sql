-- Custom SQL migration file, put your code below! --
-- Every instance keeps the person behind a platform identity in memory (src/core/people/person-cache.ts)
-- and forgets them when this tells it, on the channel keino_people, that they changed: the payload is
-- the person's id, or '*' when a whole table was emptied. Only what the memory holds counts: a
-- person's name, e-mail, language, time zone, role and organisation, and which person an identity is
-- (last seen and the direct conversation are not in it).
CREATE FUNCTION keino_notify_person_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM pg_notify('keino_people', '*');
  ELSIF TG_TABLE_NAME = 'people' THEN
    PERFORM pg_notify('keino_people', OLD.id::text);
  ELSE
    PERFORM pg_notify('keino_people', OLD.person_id::text);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER people_changed AFTER UPDATE ON people FOR EACH ROW
  WHEN ((OLD.name, OLD.email, OLD.locale, OLD.time_zone, OLD.role, OLD.organisation_id)
    IS DISTINCT FROM (NEW.name, NEW.email, NEW.locale, NEW.time_zone, NEW.role, NEW.organisation_id))
  EXECUTE FUNCTION keino_notify_person_change();
--> statement-breakpoint
CREATE TRIGGER people_removed AFTER DELETE ON people FOR EACH ROW EXECUTE FUNCTION keino_notify_person_change();
--> statement-breakpoint
CREATE TRIGGER people_emptied AFTER TRUNCATE ON people FOR EACH STATEMENT EXECUTE FUNCTION keino_notify_person_change();
--> statement-breakpoint
CREATE TRIGGER platform_identities_moved AFTER UPDATE ON platform_identities FOR EACH ROW
  WHEN ((OLD.person_id, OLD.platform, OLD.tenant_id, OLD.user_id) IS DISTINCT FROM (NEW.person_id, NEW.platform, NEW.tenant_id, NEW.user_id))
  EXECUTE FUNCTION keino_notify_person_change();
--> statement-breakpoint
CREATE TRIGGER platform_identities_removed AFTER DELETE ON platform_identities FOR EACH ROW EXECUTE FUNCTION keino_notify_person_change();
--> statement-breakpoint
CREATE TRIGGER platform_identities_emptied AFTER TRUNCATE ON platform_identities FOR EACH STATEMENT EXECUTE FUNCTION keino_notify_person_change();
