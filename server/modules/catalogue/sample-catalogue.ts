import type { Category } from '../../../contracts/products.js';

/**
 * A SAMPLE catalogue so the programme can be tried out: real model names, but point values chosen
 * for this sample. It is not the manufacturer's official list; admins replace it by CSV import.
 */
export const SAMPLE_CATALOGUE: { modelCode: string; name: string; category: Category; points: number }[] = [
  // Camera bodies
  { modelCode: 'EOS-R1', name: 'EOS R1', category: 'camera_body', points: 500 },
  { modelCode: 'EOS-R3', name: 'EOS R3', category: 'camera_body', points: 400 },
  { modelCode: 'EOS-R5-II', name: 'EOS R5 Mark II', category: 'camera_body', points: 350 },
  { modelCode: 'EOS-R5', name: 'EOS R5', category: 'camera_body', points: 300 },
  { modelCode: 'EOS-R6-II', name: 'EOS R6 Mark II', category: 'camera_body', points: 200 },
  { modelCode: 'EOS-R6', name: 'EOS R6', category: 'camera_body', points: 180 },
  { modelCode: 'EOS-R8', name: 'EOS R8', category: 'camera_body', points: 120 },
  { modelCode: 'EOS-R7', name: 'EOS R7', category: 'camera_body', points: 120 },
  { modelCode: 'EOS-1DX-III', name: 'EOS-1D X Mark III', category: 'camera_body', points: 400 },
  { modelCode: 'EOS-5D-IV', name: 'EOS 5D Mark IV', category: 'camera_body', points: 250 },
  { modelCode: 'EOS-R5C', name: 'EOS R5 C', category: 'camera_body', points: 320 },
  { modelCode: 'EOS-R100', name: 'EOS R100', category: 'camera_body', points: 50 },
  // Lenses
  { modelCode: 'RF-15-35-28L', name: 'RF 15-35mm F2.8L IS USM', category: 'lens', points: 150 },
  { modelCode: 'RF-24-70-28L', name: 'RF 24-70mm F2.8L IS USM', category: 'lens', points: 150 },
  { modelCode: 'RF-70-200-28L', name: 'RF 70-200mm F2.8L IS USM', category: 'lens', points: 160 },
  { modelCode: 'RF-28-70-2L', name: 'RF 28-70mm F2L USM', category: 'lens', points: 170 },
  { modelCode: 'RF-100-500L', name: 'RF 100-500mm F4.5-7.1L IS USM', category: 'lens', points: 180 },
  { modelCode: 'RF-400-28L', name: 'RF 400mm F2.8L IS USM', category: 'lens', points: 450 },
  { modelCode: 'RF-600-4L', name: 'RF 600mm F4L IS USM', category: 'lens', points: 500 },
  { modelCode: 'RF-50-12L', name: 'RF 50mm F1.2L USM', category: 'lens', points: 140 },
  { modelCode: 'RF-85-12L', name: 'RF 85mm F1.2L USM', category: 'lens', points: 150 },
  { modelCode: 'RF-100-28L-MACRO', name: 'RF 100mm F2.8L Macro IS USM', category: 'lens', points: 110 },
  { modelCode: 'RF-24-105-4L', name: 'RF 24-105mm F4L IS USM', category: 'lens', points: 90 },
  { modelCode: 'RF-50-18', name: 'RF 50mm F1.8 STM', category: 'lens', points: 20 },
  { modelCode: 'EF-70-200-28L-III', name: 'EF 70-200mm F2.8L IS III USM', category: 'lens', points: 130 },
  { modelCode: 'EF-24-70-28L-II', name: 'EF 24-70mm F2.8L II USM', category: 'lens', points: 120 },
  // Video
  { modelCode: 'EOS-C70', name: 'EOS C70', category: 'video', points: 300 },
  { modelCode: 'EOS-C300-III', name: 'EOS C300 Mark III', category: 'video', points: 500 },
  { modelCode: 'EOS-C500-II', name: 'EOS C500 Mark II', category: 'video', points: 600 },
  { modelCode: 'EOS-C400', name: 'EOS C400', category: 'video', points: 550 },
  { modelCode: 'EOS-C80', name: 'EOS C80', category: 'video', points: 350 },
  { modelCode: 'XF605', name: 'XF605', category: 'video', points: 200 },
  { modelCode: 'XA75', name: 'XA75', category: 'video', points: 120 },
  // Printers
  { modelCode: 'PRO-1000', name: 'imagePROGRAF PRO-1000', category: 'printer', points: 150 },
  { modelCode: 'PRO-300', name: 'imagePROGRAF PRO-300', category: 'printer', points: 80 },
  { modelCode: 'PRO-2100', name: 'imagePROGRAF PRO-2100', category: 'printer', points: 300 },
  { modelCode: 'PRO-4100', name: 'imagePROGRAF PRO-4100', category: 'printer', points: 400 },
  { modelCode: 'PRO-6100', name: 'imagePROGRAF PRO-6100', category: 'printer', points: 450 },
  { modelCode: 'G-PRINT-G650', name: 'PIXMA G650', category: 'printer', points: 30 },
  // Projectors
  { modelCode: 'XEED-4K6021Z', name: 'XEED 4K6021Z', category: 'projector', points: 400 },
  { modelCode: 'XEED-WUX7000Z', name: 'XEED WUX7000Z', category: 'projector', points: 250 },
  { modelCode: 'LV-WU360', name: 'LV-WU360', category: 'projector', points: 80 },
  { modelCode: 'LX-MH502Z', name: 'LX-MH502Z', category: 'projector', points: 120 },
  // Scanners
  { modelCode: 'DR-G2140', name: 'imageFORMULA DR-G2140', category: 'scanner', points: 200 },
  { modelCode: 'DR-M260', name: 'imageFORMULA DR-M260', category: 'scanner', points: 80 },
  { modelCode: 'DR-C240', name: 'imageFORMULA DR-C240', category: 'scanner', points: 50 },
  { modelCode: 'CANOSCAN-9000F-II', name: 'CanoScan 9000F Mark II', category: 'scanner', points: 40 },
  // Binoculars
  { modelCode: 'BINO-18X50-IS', name: '18x50 IS ALL WEATHER', category: 'binoculars', points: 60 },
  { modelCode: 'BINO-10X42L-IS', name: '10x42 L IS WP', category: 'binoculars', points: 70 },
  { modelCode: 'BINO-12X36-IS-III', name: '12x36 IS III', category: 'binoculars', points: 40 },
  { modelCode: 'BINO-10X32-IS', name: '10x32 IS', category: 'binoculars', points: 40 },
  // Accessories (0 points)
  { modelCode: 'BG-R10', name: 'Battery Grip BG-R10', category: 'accessory', points: 0 },
  { modelCode: 'LP-E6NH', name: 'Battery Pack LP-E6NH', category: 'accessory', points: 0 },
  { modelCode: 'SPEEDLITE-EL1', name: 'Speedlite EL-1', category: 'accessory', points: 0 },
  { modelCode: 'SPEEDLITE-EL5', name: 'Speedlite EL-5', category: 'accessory', points: 0 },
  { modelCode: 'EF-EOS-R-ADAPTER', name: 'Mount Adapter EF-EOS R', category: 'accessory', points: 0 },
  { modelCode: 'ST-E10', name: 'Speedlite Transmitter ST-E10', category: 'accessory', points: 0 },
  { modelCode: 'RC-6', name: 'Wireless Remote Control RC-6', category: 'accessory', points: 0 },
  // Consumables (0 points)
  { modelCode: 'PFI-300-PBK', name: 'PFI-300 Photo Black ink', category: 'consumable', points: 0 },
  { modelCode: 'PFI-1000-MBK', name: 'PFI-1000 Matte Black ink', category: 'consumable', points: 0 },
  { modelCode: 'PT-101-A3', name: 'Photo Paper Pro Platinum A3', category: 'consumable', points: 0 },
  { modelCode: 'MC-30', name: 'Maintenance Cartridge MC-30', category: 'consumable', points: 0 },
  { modelCode: 'LK-62', name: 'Lamp LK-62', category: 'consumable', points: 0 },
];
