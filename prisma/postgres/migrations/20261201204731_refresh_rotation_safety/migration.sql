-- AlterTable
ALTER TABLE "IntegrationConnection" ADD COLUMN     "refreshSentAt" TIMESTAMP(3),
ADD COLUMN     "tokenVersion" INTEGER NOT NULL DEFAULT 0;

