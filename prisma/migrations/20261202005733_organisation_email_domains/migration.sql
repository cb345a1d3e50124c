-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "emailDomains" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Existing installations: the default organisations get their usual domains, so partner links keep working.
UPDATE "Organisation" SET "emailDomains" = ARRAY['helsingborg.se'] WHERE "name" = 'Helsingborgs stad' AND "emailDomains" = '{}';
UPDATE "Organisation" SET "emailDomains" = ARRAY['bastad.se'] WHERE "name" = 'Båstads kommun' AND "emailDomains" = '{}';
UPDATE "Organisation" SET "emailDomains" = ARRAY['bjuv.se'] WHERE "name" = 'Bjuvs kommun' AND "emailDomains" = '{}';
UPDATE "Organisation" SET "emailDomains" = ARRAY['hoganas.se'] WHERE "name" = 'Höganäs kommun' AND "emailDomains" = '{}';
UPDATE "Organisation" SET "emailDomains" = ARRAY['klippan.se'] WHERE "name" = 'Klippans kommun' AND "emailDomains" = '{}';
UPDATE "Organisation" SET "emailDomains" = ARRAY['landskrona.se'] WHERE "name" = 'Landskrona stad' AND "emailDomains" = '{}';
UPDATE "Organisation" SET "emailDomains" = ARRAY['perstorp.se'] WHERE "name" = 'Perstorps kommun' AND "emailDomains" = '{}';
UPDATE "Organisation" SET "emailDomains" = ARRAY['svalov.se'] WHERE "name" = 'Svalövs kommun' AND "emailDomains" = '{}';
UPDATE "Organisation" SET "emailDomains" = ARRAY['astorp.se'] WHERE "name" = 'Åstorps kommun' AND "emailDomains" = '{}';
UPDATE "Organisation" SET "emailDomains" = ARRAY['engelholm.se'] WHERE "name" = 'Ängelholms kommun' AND "emailDomains" = '{}';
UPDATE "Organisation" SET "emailDomains" = ARRAY['orkelljunga.se'] WHERE "name" = 'Örkelljunga kommun' AND "emailDomains" = '{}';
UPDATE "Organisation" SET "emailDomains" = ARRAY['skane.se'] WHERE "name" LIKE 'Region Skåne – %' AND "emailDomains" = '{}';
UPDATE "Organisation" SET "emailDomains" = ARRAY['forsakringskassan.se'] WHERE "name" = 'Försäkringskassan' AND "emailDomains" = '{}';
UPDATE "Organisation" SET "emailDomains" = ARRAY['arbetsformedlingen.se'] WHERE "name" = 'Arbetsförmedlingen' AND "emailDomains" = '{}';
UPDATE "Organisation" SET "emailDomains" = ARRAY['stat-inst.se'] WHERE "name" = 'SiS (Statens institutionsstyrelse)' AND "emailDomains" = '{}';
