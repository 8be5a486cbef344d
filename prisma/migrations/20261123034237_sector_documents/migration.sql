-- AlterEnum
ALTER TYPE "EntityType" ADD VALUE 'SECTOR';
