// @ts-check
// imsmanifest.xml for a SCORM 1.2 or SCORM 2004 4th edition package: one organisation with one
// item (the course's launch page, a single SCO), its metadata, and every file of the package.
// Checked against the ADL and IMS schemas (vendor/scorm-schemas/) by tests/integration/lms.test.ts.

/** @typedef {{ id: string, title: string, description: string, language: string, minutes: number, passingScore: number, launch: string, files: string[] }} PackageInfo */

/** @param {string} text */
export const xmlEscape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** @param {number} minutes as an ISO 8601 duration, e.g. PT1H35M */
export const isoDuration = (minutes) => `PT${Math.floor(minutes / 60) ? `${Math.floor(minutes / 60)}H` : ''}${minutes % 60 ? `${minutes % 60}M` : ''}` || 'PT0M';

/** Identifiers are XML IDs: a letter first, then letters, digits, hyphens, dots. @param {string} id */
const xmlId = (id) => `rts-${id.replace(/[^A-Za-z0-9.-]/g, '-')}`;

/** @param {string[]} files @param {string} indent */
const fileList = (files, indent) => files.map((f) => `${indent}<file href="${xmlEscape(encodeURI(f))}"/>`).join('\n');

/** @param {PackageInfo} p */
export function manifest12(p) {
  const lang = xmlEscape(p.language);
  const langString = (/** @type {string} */ text) => `<imsmd:langstring xml:lang="${lang}">${xmlEscape(text)}</imsmd:langstring>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId(p.id)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title>${langString(p.title)}</imsmd:title>
        <imsmd:language>${lang}</imsmd:language>
        <imsmd:description>${langString(p.description)}</imsmd:description>
      </imsmd:general>
      <imsmd:educational>
        <imsmd:typicallearningtime><imsmd:datetime>${isoDuration(p.minutes)}</imsmd:datetime></imsmd:typicallearningtime>
      </imsmd:educational>
    </imsmd:lom>
  </metadata>
  <organizations default="${xmlId(p.id)}-org">
    <organization identifier="${xmlId(p.id)}-org">
      <title>${xmlEscape(p.title)}</title>
      <item identifier="${xmlId(p.id)}-item" identifierref="${xmlId(p.id)}-sco" isvisible="true">
        <title>${xmlEscape(p.title)}</title>
        <adlcp:masteryscore>${Math.round(p.passingScore * 100)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${xmlId(p.id)}-sco" type="webcontent" adlcp:scormtype="sco" href="${xmlEscape(p.launch)}">
${fileList(p.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** @param {PackageInfo} p */
export function manifest2004(p) {
  const lang = xmlEscape(p.language);
  const langString = (/** @type {string} */ text) => `<string language="${lang}">${xmlEscape(text)}</string>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId(p.id)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
    <lom xmlns="http://ltsc.ieee.org/xsd/LOM">
      <general>
        <title>${langString(p.title)}</title>
        <language>${lang}</language>
        <description>${langString(p.description)}</description>
      </general>
      <educational>
        <typicalLearningTime><duration>${isoDuration(p.minutes)}</duration></typicalLearningTime>
      </educational>
    </lom>
  </metadata>
  <organizations default="${xmlId(p.id)}-org">
    <organization identifier="${xmlId(p.id)}-org">
      <title>${xmlEscape(p.title)}</title>
      <item identifier="${xmlId(p.id)}-item" identifierref="${xmlId(p.id)}-sco">
        <title>${xmlEscape(p.title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="post-check" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${p.passingScore}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${xmlId(p.id)}-sco" type="webcontent" adlcp:scormType="sco" href="${xmlEscape(p.launch)}">
${fileList(p.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}
