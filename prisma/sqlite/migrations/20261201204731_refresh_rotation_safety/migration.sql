-- AlterTable
ALTER TABLE "IntegrationConnection" ADD COLUMN "tokenVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "IntegrationConnection" ADD COLUMN "refreshSentAt" DATETIME;
