-- AlterTable
ALTER TABLE "User" ADD COLUMN     "ssoOnly" BOOLEAN NOT NULL DEFAULT false;
